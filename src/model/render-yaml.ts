/**
 * A report as YAML in the layout people transcribe by hand (fixtures/sample-2023.yaml): the parts in
 * template order, one table row per line in flow style, and the official Chinese label of every part,
 * group, row and column as a comment. Everything is driven by the template specs.
 */
import { stringify } from 'yaml';
import type { Report } from './schema.js';
import {
  type ColumnSpec,
  declaredTemplate,
  type Label,
  METADATA,
  type ProactiveRowSpec,
  rowsOf,
  SECTION_KEYS,
  SECTIONS,
  tableOf,
  TEMPLATE_LABELS,
  type TemplateId,
} from './template.js';

interface RenderOptions {
  /** Goes into the first line, `# yaml-language-server: $schema=<schemaPath>`; without it there is no such line. */
  readonly schemaPath?: string;
  /** Comment lines to put above a field, a part or a row, by its JSON Pointer (`/applications/new`). */
  readonly notes?: ReadonlyMap<string, readonly string[]>;
}

interface Line {
  readonly code: string;
  readonly comment?: string;
  /** Comment lines above this one, at its indentation. */
  readonly notes?: readonly string[];
}

type Notes = ReadonlyMap<string, readonly string[]>;
const NO_NOTES: Notes = new Map();

/** Where top-level comments start, as in the sample. */
const TOP_COMMENT_COLUMN = 26;
const INDENT = '  ';

type Data = Record<string, unknown>;

const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const field = (data: unknown, key: string): unknown => (isData(data) && Object.hasOwn(data, key) ? data[key] : undefined);

const SCALAR_OPTIONS = { lineWidth: 0, blockQuote: false } as const;

/** A finite number in plain decimal (`0.0000001`, not `1e-7`: the loader reports exponents), the same digits. */
function plainNumber(value: number): string {
  const text = Object.is(value, -0) ? '-0' : String(value);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, first, rest = '', exponent] = m as unknown as [string, string, string, string | undefined, string];
  const digits = first + rest;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, '0')}${point < digits.length ? `.${digits.slice(point)}` : ''}`;
}

/** A value on a line of its own after `key: ` (quoted only when it has to be). */
function scalar(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'number' && Number.isFinite(value)) return plainNumber(value);
  if (typeof value === 'object') return stringify(value, { ...SCALAR_OPTIONS, collectionStyle: 'flow' }).replace(/\n$/, '');
  return stringify(value, SCALAR_OPTIONS).replace(/\n$/, '');
}

/** A value inside `[…]` or `{…}`, where a plain string could run into the commas and brackets. */
function flowItem(value: unknown): string {
  if (typeof value === 'string') return stringify(value, { ...SCALAR_OPTIONS, defaultStringType: 'QUOTE_DOUBLE' }).replace(/\n$/, '');
  return scalar(value);
}

function flowRow(value: unknown): string {
  return Array.isArray(value) ? `[${value.map(flowItem).join(', ')}]` : scalar(value);
}

function flowMap(value: unknown, columns: readonly ColumnSpec[]): string {
  if (!isData(value)) return scalar(value);
  const present = columns.filter((c) => Object.hasOwn(value, c.key));
  return `{ ${present.map((c) => `${c.key}: ${flowItem(value[c.key])}`).join(', ')} }`;
}

/** Comments of the lines start in one column: `gap` spaces after the longest code, and not before `minColumn`. */
function align(lines: readonly Line[], gap: number, minColumn = 0): string[] {
  const commented = lines.filter((l) => l.comment !== undefined);
  const column = Math.max(minColumn, ...commented.map((l) => l.code.length + gap));
  return lines.flatMap((l) => [
    ...(l.notes ?? []).map((note) => `${/^ */.exec(l.code)![0]}# ${note}`),
    l.comment === undefined ? l.code : `${l.code.padEnd(column)}# ${l.comment}`,
  ]);
}

// Anything a block scalar cannot hold verbatim: control characters (a carriage return would be read as a line break), BOM, lone surrogates.
const NOT_BLOCK_SAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/u;

/** A text part as a `|` block scalar when it can be read back verbatim, else as a quoted string. */
function textValue(value: unknown): { header: string; body: string[] } {
  if (typeof value !== 'string' || value.trim() === '' || NOT_BLOCK_SAFE.test(value) || value.endsWith('\n\n')) {
    return { header: scalar(value), body: [] };
  }
  const chomping = value.endsWith('\n') ? '' : '-';
  // The indentation of a block is taken from its first non-empty line; text that starts with a space or a blank line must state it.
  const indentation = /^[ \n]/.test(value) ? String(INDENT.length) : '';
  const lines = (chomping === '' ? value.slice(0, -1) : value).split('\n');
  return { header: `|${indentation}${chomping}`, body: lines.map((l) => (l === '' ? '' : `${INDENT}${l}`)) };
}

function metadata(data: Data, template: TemplateId, notes: Notes): string[] {
  const lines: Line[] = [];
  for (const key of Object.keys(METADATA)) {
    if (data[key] === undefined) continue;
    const own = notes.get(`/${key}`);
    if (key === 'template') lines.push({ code: `template: ${scalar(data.template)}`, comment: TEMPLATE_LABELS[template].zh, notes: own });
    else lines.push({ code: `${key}: ${scalar(data[key])}`, notes: own });
  }
  return align(lines, 2, TOP_COMMENT_COLUMN);
}

function textSection(key: string, value: unknown, label: Label, notes: Notes): string[] {
  const { header, body } = textValue(value);
  return [...align([{ code: `${key}: ${header}`, comment: label.zh, notes: notes.get(`/${key}`) }], 2, TOP_COMMENT_COLUMN), ...body];
}

function sectionHeader(key: 'proactive' | 'applications' | 'appeals', value: unknown, notes: Notes): { lines: string[]; open: boolean } {
  const open = isData(value);
  const lines = align(
    [{ code: open ? `${key}:` : `${key}: ${scalar(value)}`, comment: SECTIONS[key].zh, notes: notes.get(`/${key}`) }],
    2,
    TOP_COMMENT_COLUMN,
  );
  return { lines, open };
}

/** The comment of a 表二 row: its 第二十条 item and its column headers, each only where it changes. */
function proactiveComment(spec: ProactiveRowSpec, previous: ProactiveRowSpec | undefined): string {
  const headers = (s: ProactiveRowSpec) => (s.columns ? s.columns.map((c) => c.zh).join('、') : (s.valueLabel?.zh ?? ''));
  let comment = spec.item === previous?.item ? spec.zh : `${spec.item} ${spec.zh}`;
  const own = headers(spec);
  if (own && (!previous || headers(previous) !== own)) comment += spec.columns ? `：${own}` : ` ${own}`;
  return comment;
}

function proactive(value: unknown, template: TemplateId, notes: Notes): string[] {
  const { lines: head, open } = sectionHeader('proactive', value, notes);
  if (!open) return head;
  const out = [...head];
  // Rows stored as a mapping line up their `{`; rows stored as one number read like the top-level keys.
  let run: { tabular: boolean; rows: { spec: ProactiveRowSpec; comment: string }[] } | undefined;
  const flush = () => {
    if (!run) return;
    const { tabular, rows } = run;
    const keyWidth = Math.max(...rows.map((r) => r.spec.key.length + 1));
    const lines = rows.map(({ spec, comment }) => {
      const cell = field(value, spec.key);
      const key = tabular ? `${spec.key}:`.padEnd(keyWidth) : `${spec.key}:`;
      return {
        code: `${INDENT}${key} ${spec.columns ? flowMap(cell, spec.columns) : scalar(cell)}`,
        comment,
        notes: notes.get(`/proactive/${spec.key}`),
      };
    });
    out.push(...(tabular ? align(lines, 3) : align(lines, 2, TOP_COMMENT_COLUMN)));
    run = undefined;
  };
  let previous: ProactiveRowSpec | undefined;
  for (const { node } of rowsOf(template, 'proactive')) {
    const spec = node as ProactiveRowSpec;
    if (field(value, spec.key) === undefined) continue;
    const tabular = spec.columns !== undefined;
    if (run && run.tabular !== tabular) flush();
    run ??= { tabular, rows: [] };
    run.rows.push({ spec, comment: proactiveComment(spec, previous) });
    previous = spec;
  }
  flush();
  return out;
}

/** A line of table 三 or 四: a row (`row`), or the heading of a group of rows (`group`, its mapping). */
interface TableLine {
  readonly depth: number;
  readonly key: string;
  readonly label: string;
  readonly row?: unknown;
  readonly group?: unknown;
  readonly notes?: readonly string[];
}

/** Keys at their depth, every `[` in one column under a comment naming the columns, comments after the widest row. */
function tableBlock(entries: readonly TableLine[], columns: readonly ColumnSpec[]): string[] {
  const rowColumn = Math.max(0, ...entries.filter((e) => e.row !== undefined).map((e) => INDENT.length * e.depth + e.key.length + 2));
  const lines: Line[] = entries.map((e) => {
    const key = `${INDENT.repeat(e.depth)}${e.key}:`;
    if (e.row !== undefined) return { code: `${key.padEnd(rowColumn - 1)} ${flowRow(e.row)}`, comment: e.label, notes: e.notes };
    return { code: isData(e.group) ? key : `${key} ${scalar(e.group)}`, comment: e.label, notes: e.notes };
  });
  const header = `${INDENT}#`.padEnd(rowColumn) + columns.map((c) => c.zh).join(' ');
  return [header, ...align(lines, 3)];
}

/** The value of a node of a table: undefined when it or a group above it is missing or not a mapping. */
function nodeValue(table: unknown, keyPath: readonly string[]): unknown {
  let value = table;
  for (const key of keyPath) value = isData(value) ? field(value, key) : undefined;
  return value;
}

/** 表三 and 表四: a line for each row and group the report has, in the template's order. */
function arrayTable(key: 'applications' | 'appeals', value: unknown, template: TemplateId, notes: Notes): string[] {
  const { lines: head, open } = sectionHeader(key, value, notes);
  if (!open) return head;
  const entries: TableLine[] = [];
  for (const entry of rowsOf(template, key)) {
    const own = nodeValue(value, entry.keyPath);
    if (own === undefined) continue;
    const line = { depth: entry.depth + 1, key: entry.node.key, label: entry.label.zh, notes: notes.get(entry.pointer) };
    entries.push(entry.kind === 'group' ? { ...line, group: own } : { ...line, row: own });
  }
  return [...head, ...tableBlock(entries, tableOf(template, key).columns ?? [])];
}

/**
 * The report as YAML text in the commented layout; parsing the text gives back the same data, whatever
 * the values (blanks, decimals, text in a number's place). Keys the template does not know are left out.
 */
export function renderReport(report: Report, options: RenderOptions = {}): string {
  const data = report as unknown as Data;
  const template = declaredTemplate(data);
  const notes = options.notes ?? NO_NOTES;
  const parts: string[][] = [];
  const head = metadata(data, template, notes);
  if (options.schemaPath !== undefined) head.unshift(`# yaml-language-server: $schema=${options.schemaPath}`);
  parts.push(head);
  for (const key of SECTION_KEYS) {
    const value = data[key];
    if (value === undefined) continue;
    if (key === 'proactive') parts.push(proactive(value, template, notes));
    else if (key === 'applications' || key === 'appeals') parts.push(arrayTable(key, value, template, notes));
    else parts.push(textSection(key, value, SECTIONS[key], notes));
  }
  return `${parts.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
