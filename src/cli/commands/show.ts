import type { ChalkInstance } from 'chalk';
import type { Command } from 'commander';
import { configSourceOf } from '../../config/resolve.js';
import { uiText } from '../../engine/messages.js';
import { type Diagnostic, isSuppressed, type Locale } from '../../engine/types.js';
import Table from '../../format/cli-table.js';
import { VerticalTable } from '../../format/vertical-table.js';
import { displayWidth, terminalWidth, widestLine } from '../../format/width.js';
import { wrapToWidth } from '../../format/wrap.js';
import { valueAt } from '../../model/pointer.js';
import {
  declaredTemplate,
  type Label,
  type ProactiveRowSpec,
  rowsOf,
  SECTIONS,
  TABLE_NAMES,
  tableOf,
  TEMPLATE_LABELS,
  type TemplateId,
} from '../../model/template.js';
import { lintFile } from '../../runner/lint-files.js';
import { makeChalk } from '../color.js';
import { type CliIo, EXIT_CLEAN, EXIT_FINDINGS } from '../io.js';
import { withConfig, withLocaleAndColor } from '../options.js';
import { resolveLocale } from '../locale.js';
import { showClaimsCommand } from '../show-claims.js';

interface ShowOptions {
  readonly locale?: string;
  readonly color?: boolean;
  readonly config?: string | false;
  readonly claims?: boolean;
  readonly format?: string;
}

/** Row labels and column headers wrap at these many terminal columns, so that table 三 fits in about 90. */
const LABEL_WIDTH = 32;
const HEADER_WIDTH = 4;
const INDENT = '  ';
const MISSING = '?';
const BLANK = '—';

const TEXT = {
  'zh-CN': {
    title: (agency: string, year: string, template: TemplateId) =>
      `${agency} ${year}年政府信息公开工作年度报告（${TEMPLATE_LABELS[template].zh}）`,
    item: '信息内容',
    clean: '✔ 没有发现问题',
    severity: uiText('zh-CN').severity,
  },
  en: {
    title: (agency: string, year: string, template: TemplateId) =>
      `${agency}: annual report for ${year} on ${TEMPLATE_LABELS[template].en}`,
    item: 'item (信息内容)',
    clean: '✔ no problems found',
    severity: uiText('en').severity,
  },
} as const;

/**
 * How a table is drawn, tried in this order until one fits the terminal: as published, with English
 * glosses under `--locale en`; with the official Chinese labels only, in narrower columns; down the page.
 */
type Layout = 'full' | 'chinese' | 'vertical';
const LAYOUTS: readonly Layout[] = ['full', 'chinese', 'vertical'];
const CHINESE_LABEL_WIDTH = 18;

/** Wraps a label (in English: the gloss, then the official Chinese label on lines of its own) and indents it by its depth. */
function labelText(label: Label, locale: Locale, depth: number, layout: Layout): string {
  const indent = INDENT.repeat(depth);
  const texts = locale === 'en' && layout !== 'chinese' ? [label.en, label.zh] : [label.zh];
  const width = layout === 'chinese' ? CHINESE_LABEL_WIDTH : LABEL_WIDTH;
  return texts
    .flatMap((text) => wrapToWidth(text, width - indent.length))
    .map((line) => indent + line)
    .join('\n');
}

/** The unsuppressed diagnostics whose path is exactly this pointer. */
type MarksAt = (pointer: string) => readonly Diagnostic[];

/** The longest word of a text: a column is never narrower, so that no word is broken. */
const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map(displayWidth));

class Drawing {
  /** Header texts drawn, so that a vertical table tells header rows from value rows. */
  private readonly headers = new Set<string>();

  constructor(
    private readonly data: unknown,
    private readonly locale: Locale,
    private readonly chalk: ChalkInstance,
    private readonly marksAt: MarksAt,
    private readonly layout: Layout = 'full',
    private readonly width = Infinity,
  ) {}

  label(label: Label, pointer: string | undefined, depth = 0): string {
    const text = labelText(label, this.locale, depth, this.layout);
    const found = pointer === undefined ? [] : this.marksAt(pointer);
    if (found.length === 0) return text;
    // The cross says it without colour too (a colour-blind reader, a log that keeps no colour).
    return this.chalk.level > 0 ? `${this.highlight(text, found)} ✗` : `${text} ✗`;
  }

  header(column: Label, width = HEADER_WIDTH): string {
    if (this.layout === 'vertical') {
      const text = this.locale === 'en' ? column.en : column.zh;
      this.headers.add(text);
      return text;
    }
    const en = this.locale === 'en' && this.layout === 'full' ? wrapToWidth(column.en, Math.max(width, 10, longestWord(column.en))) : [];
    // The Chinese headers are two-character words (社会/公益/组织): three characters (自然人) stay on one line, longer ones break
    // between words, as many to a line as the English above leaves room for.
    const zhWidth = Math.max(width, 4 * Math.floor(Math.max(0, ...en.map(displayWidth)) / 4));
    const zh = displayWidth(column.zh) <= 6 ? [column.zh] : wrapToWidth(column.zh, zhWidth);
    return this.chalk.bold([...en, ...zh].join('\n'));
  }

  cell(pointer: string): Table.Cell {
    const value = valueAt(this.data, pointer);
    const shown = value === null ? BLANK : typeof value === 'number' && Number.isFinite(value) ? String(value) : MISSING;
    const found = this.marksAt(pointer);
    if (found.length === 0) return { content: shown, hAlign: 'right' };
    const expected = [...new Set(found.map((d) => d.data.expected).filter((e): e is number => typeof e === 'number'))];
    const arrow = expected.length > 0 ? `→${expected.join('/')}` : '';
    if (this.chalk.level === 0) return { content: `${shown} ✗${arrow}`, hAlign: 'right' };
    return { content: `${this.highlight(shown, found)} ${this.chalk.bold(`✗${arrow}`)}`, hAlign: 'right' };
  }

  private highlight(text: string, found: readonly Diagnostic[]): string {
    const paint = found.some((d) => d.severity === 'error') ? this.chalk.red.inverse : this.chalk.yellow.inverse;
    return text
      .split('\n')
      .map((line) => paint(line))
      .join('\n');
  }

  /** A table with a head is compact: one rule, under the head. */
  table(columns: number, head?: Table.Cell[]): Table.Table {
    if (this.layout === 'vertical') {
      // Drawn by the same walk as the table; only push and toString are used.
      return new VerticalTable(this.width, (text) => this.headers.has(text), head as string[] | undefined) as unknown as Table.Table;
    }
    return new Table({
      // cli-table3 types `head` as strings, but draws cell objects there as in any row.
      ...(head ? { head: head as string[] } : {}),
      style: { head: [], border: [], compact: head !== undefined },
      colWidths: Array(columns).fill(null),
    });
  }

  /** 表二: a block per 第二十条 item, each with its own column headers, as in the published table. */
  proactive(template: TemplateId): Table.Table {
    const specs = [...rowsOf(template, 'proactive')].map((entry) => entry.node as ProactiveRowSpec);
    const width = 1 + Math.max(...specs.map((s) => s.columns?.length ?? 1));
    const table = this.table(width);
    const headersOf = (s: ProactiveRowSpec): readonly Label[] => s.columns ?? (s.valueLabel ? [s.valueLabel] : [{ zh: '', en: '' }]);
    // The last header or cell of a row spans what is left of the table.
    const spread = <T>(cells: T[], toCell: (c: T) => Table.Cell): Table.Cell[] =>
      cells.map((c, i) => {
        const cell = toCell(c);
        if (i < cells.length - 1) return cell;
        const colSpan = width - cells.length;
        return typeof cell === 'object' && cell !== null ? { ...cell, colSpan } : { content: cell, colSpan };
      });
    let previous: ProactiveRowSpec | undefined;
    for (const spec of specs) {
      const headers = headersOf(spec);
      if (
        !previous ||
        previous.item !== spec.item ||
        headersOf(previous)
          .map((h) => h.zh)
          .join() !== headers.map((h) => h.zh).join()
      ) {
        table.push([{ content: this.chalk.bold(spec.item), colSpan: width }]);
        table.push([this.chalk.bold(TEXT[this.locale].item), ...spread([...headers], (h) => this.header(h, Infinity))]);
      }
      const pointer = `/proactive/${spec.key}`;
      const cells = spec.columns ? spec.columns.map((c) => `${pointer}/${c.key}`) : [pointer];
      table.push([this.label(spec, spec.columns ? pointer : undefined, 1), ...spread(cells, (p) => this.cell(p))]);
      previous = spec;
    }
    return table;
  }

  /** 表三: the 25 rows (23 in the 2019 template) under their headings, in the template's order. */
  applications(template: TemplateId): Table.Table {
    const columns = tableOf(template, 'applications').columns ?? [];
    // 25 rows: compact, with a rule under the column headers only.
    const table = this.table(1 + columns.length, ['', ...columns.map((c) => this.header(c))]);
    for (const entry of rowsOf(template, 'applications')) {
      const label = this.label(entry.label, entry.pointer, entry.depth);
      if (entry.kind === 'group') table.push([label, { content: '', colSpan: columns.length }]);
      else table.push([label, ...columns.map((_, i) => this.cell(`${entry.pointer}/${i}`))]);
    }
    return table;
  }

  /** 表四 with its rows as rows: 行政诉讼 spans its two kinds in Chinese, as the published header does. */
  appeals(template: TemplateId): Table.Table {
    const columns = tableOf(template, 'appeals').columns ?? [];
    const rows = [...rowsOf(template, 'appeals')];
    const table = this.table(2 + columns.length);
    table.push([{ content: '', colSpan: 2 }, ...columns.map((c) => this.header(c))]);
    const groups = rows.map(({ label: spec }) => {
      const space = spec.zh.indexOf(' ');
      return this.locale === 'zh-CN' && space > 0 ? { group: spec.zh.slice(0, space), rest: spec.zh.slice(space + 1) } : undefined;
    });
    rows.forEach(({ label: spec, pointer }, i) => {
      const cells = columns.map((_, column) => this.cell(`${pointer}/${column}`));
      const split = groups[i];
      if (!split) {
        table.push([{ content: this.label(spec, pointer), colSpan: 2 }, ...cells]);
        return;
      }
      const label = this.label({ zh: split.rest, en: spec.en }, pointer);
      if (groups[i - 1]?.group === split.group) {
        table.push([label, ...cells]);
        return;
      }
      const span = groups.slice(i).findIndex((g) => g?.group !== split.group);
      table.push([{ content: split.group, rowSpan: span < 0 ? groups.length - i : span, vAlign: 'center' }, label, ...cells]);
    });
    return table;
  }
}

/** The findings: `line:col  severity  message  rule-id`, the message wrapped to the terminal under itself. */
function listDiagnostics(diagnostics: readonly Diagnostic[], locale: Locale, chalk: ChalkInstance, width: number): string {
  const position = (d: Diagnostic) => `${d.line}:${d.column}`;
  const positionWidth = Math.max(...diagnostics.map((d) => position(d).length));
  const severityWidth = Math.max(...diagnostics.map((d) => displayWidth(TEXT[locale].severity[d.severity])));
  const indent = 2 + positionWidth + 2 + severityWidth + 2;
  // A message column narrower than this is not worth keeping beside the position: it goes below instead.
  const hanging = width - indent >= 30 ? indent : 4;
  return diagnostics
    .map((d) => {
      const word = TEXT[locale].severity[d.severity];
      const severity = (d.severity === 'error' ? chalk.red : chalk.yellow)(word + ' '.repeat(severityWidth - displayWidth(word)));
      const suggestion = d.suggestion ? ` — ${d.suggestion}` : '';
      const oneLine = `  ${chalk.dim(position(d).padEnd(positionWidth))}  ${severity}  ${d.message}${chalk.dim(suggestion)}  ${chalk.dim(d.ruleId)}`;
      if (widestLine(oneLine) <= width) return oneLine;
      const body = wrapToWidth(`${d.message}${d.suggestion ? ` — ${d.suggestion}` : ''}  ${d.ruleId}`, width - hanging);
      const head = `  ${chalk.dim(position(d).padEnd(positionWidth))}  ${severity}`;
      const under = body.map((line) => ' '.repeat(hanging) + line);
      return (hanging === indent ? [`${head}  ${body[0]}`, ...under.slice(1)] : [head, ...under]).join('\n');
    })
    .join('\n');
}

function titleOf(data: unknown, template: TemplateId, locale: Locale): string {
  const text = (pointer: string) => {
    const value = valueAt(data, pointer);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : MISSING;
  };
  return TEXT[locale].title(text('/agency'), text('/year'), template);
}

function showCommand(file: string, options: ShowOptions, io: CliIo): number {
  const locale = resolveLocale(options.locale, io.env);
  const chalk = makeChalk(options.color, io.env, io.stdoutIsTTY);
  const linted = lintFile({ file, cwd: io.cwd, config: configSourceOf(options.config, io.cwd), locale });
  const { report } = linted;
  const diagnostics = linted.diagnostics.filter((d) => !isSuppressed(d));
  const width = terminalWidth(io.columns, io.env);
  const list = diagnostics.length > 0 ? listDiagnostics(diagnostics, locale, chalk, width) : chalk.green(TEXT[locale].clean);
  if (report.syntaxProblems.length > 0) {
    io.stdout(`${chalk.underline(file)}\n${list}\n`);
    return EXIT_FINDINGS;
  }

  const byPointer = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byPointer.set(d.path, [...(byPointer.get(d.path) ?? []), d]);
  const template = declaredTemplate(report.data);
  const marksAt = (pointer: string) => byPointer.get(pointer) ?? [];
  /** Each table in the first layout that fits the terminal's width. */
  const fitted = (draw: (drawing: Drawing) => Table.Table): string => {
    for (const layout of LAYOUTS) {
      const text = draw(new Drawing(report.data, locale, chalk, marksAt, layout, width)).toString();
      if (layout === 'vertical' || widestLine(text) <= width) return text;
    }
    return '';
  };
  const wrapped = (text: string) =>
    (displayWidth(text) <= width ? [text] : wrapToWidth(text, width)).map((line) => chalk.bold(line)).join('\n');
  const heading = (section: 'proactive' | 'applications' | 'appeals') =>
    wrapped(
      locale === 'en'
        ? `${TABLE_NAMES[section].en}  ${SECTIONS[section].en} (${SECTIONS[section].zh})`
        : `${TABLE_NAMES[section].zh}  ${SECTIONS[section].zh}`,
    );
  const blocks = [
    wrapped(titleOf(report.data, template, locale)),
    `${heading('proactive')}\n${fitted((drawing) => drawing.proactive(template))}`,
    `${heading('applications')}\n${fitted((drawing) => drawing.applications(template))}`,
    `${heading('appeals')}\n${fitted((drawing) => drawing.appeals(template))}`,
    list,
  ];
  io.stdout(`${blocks.join('\n\n')}\n`);
  return EXIT_CLEAN;
}

export function registerShow(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  withConfig(withLocaleAndColor(program.command('show')))
    .description('draw the tables of a report, the cells that findings point at highlighted')
    .argument('<file>', 'a report file (.yaml, .yml or .json)')
    .option('--claims', 'list the numbers the text states, the quantity each was read as, the table’s value and the verdict')
    .option('--format <format>', 'with --claims: text (default) or json')
    .action((file: string, options: ShowOptions) => {
      if (options.claims || options.format !== undefined) return setExitCode(showClaimsCommand(file, options, io));
      setExitCode(showCommand(file, options, io));
    });
}
