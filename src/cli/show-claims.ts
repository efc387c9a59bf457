/**
 * `gov-report show --claims <file>`: every number the text states about tables 三 and 四 as the tool
 * read it — the words and where they are, the quantity (official label), the table's value and the
 * verdict — so a reviewer sees in one glance what was understood. `--format json` prints the same as
 * an array of reports (schemas/claims.schema.json).
 */
import type { ChalkInstance } from 'chalk';
import { lintLoaded } from '../engine/run.js';
import { rangeInText, toPosition } from '../engine/locate.js';
import type { Locale } from '../engine/types.js';
import { displayWidth } from '../format/width.js';
import { type LoadedReport, loadReport } from '../load/parse.js';
import { readReportBytes } from '../load/read.js';
import { declaredTemplate } from '../model/template.js';
import { type AssessedClaim, assessClaims, type Unverifiable, type Verdict } from '../narrative/assess.js';
import { VERDICT_WORDS } from '../narrative/verdict-words.js';
import { findRule } from '../rules/index.js';
import { makeChalk } from './color.js';
import { EXIT_CLEAN, EXIT_FINDINGS, type CliIo, UsageError } from './io.js';
import { resolveLocale } from './locale.js';
import { resolve } from 'node:path';

interface ShowClaimsOptions {
  readonly locale?: string;
  readonly color?: boolean;
  readonly claims?: boolean;
  readonly format?: string;
}

/** One claim as `--format json` prints it. */
interface JsonClaim {
  readonly text: string;
  readonly section: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The official label of the quantity the verdict rests on. */
  readonly quantity: string;
  readonly quantityId: string;
  readonly form: 'count' | 'none' | 'allConcluded';
  readonly stated: number;
  /** The table's value under that reading; null when the tables cannot vouch for it. */
  readonly table: number | null;
  readonly verdict: Verdict;
  /** Why the verdict is unverifiable. */
  readonly why?: Unverifiable;
  /** Every plausible reading of the words with the table's value. */
  readonly readings: readonly { readonly quantity: string; readonly quantityId: string; readonly table: number | null }[];
}

interface JsonClaimsReport {
  readonly file: string;
  readonly claims: readonly JsonClaim[];
  /** Why the claims could not be read: the file is not valid YAML/JSON. */
  readonly problems: readonly { readonly line: number; readonly column: number; readonly message: string }[];
}

const FORMATS = ['text', 'json'] as const;

const TEXT = {
  'zh-CN': {
    ...VERDICT_WORDS['zh-CN'],
    none: '正文中没有读到关于表三、表四的数字',
    stated: '正文',
    table: '表格',
    blank: '—',
    also: '另一种理解',
    summary: (n: number, differs: number) => `共读到 ${n} 处，${differs} 处与表格不一致`,
  },
  en: {
    ...VERDICT_WORDS.en,
    none: 'no numbers about tables 三 and 四 read in the text',
    stated: 'text',
    table: 'table',
    blank: '—',
    also: 'or',
    summary: (n: number, differs: number) =>
      `${n} claim${n === 1 ? '' : 's'} read, ${differs} differ${differs === 1 ? 's' : ''} from the tables`,
  },
} as const;

function toJson(report: LoadedReport, assessed: AssessedClaim): JsonClaim {
  const { claim, reading, readings, verdict, section } = assessed;
  const range = report.document ? rangeInText(report.document, report.text, `/${section}`, claim.span) : undefined;
  const position = toPosition(report.lineCounter, range ?? [0, 0]);
  return {
    text: claim.phrase,
    section,
    ...position,
    quantity: reading.label,
    quantityId: reading.quantity,
    form: claim.form,
    stated: claim.stated,
    table: reading.table ?? null,
    verdict,
    ...(assessed.why !== undefined ? { why: assessed.why } : {}),
    readings: readings.map((r) => ({ quantity: r.label, quantityId: r.quantity, table: r.table ?? null })),
  };
}

function claimsOf(file: string, io: CliIo, locale: Locale): { json: JsonClaimsReport; ok: boolean } {
  const report = loadReport(file, readReportBytes(resolve(io.cwd, file), file));
  if (report.syntaxProblems.length > 0) {
    const parse = findRule('parse');
    const problems = lintLoaded(report, { rules: parse ? [parse] : [], locale }).map((d) => ({
      line: d.line,
      column: d.column,
      message: d.message,
    }));
    return { json: { file, claims: [], problems }, ok: false };
  }
  const claims = assessClaims(report.data, declaredTemplate(report.data)).map((a) => toJson(report, a));
  return { json: { file, claims, problems: [] }, ok: true };
}

function verdictMark(verdict: Verdict, chalk: ChalkInstance, locale: Locale): string {
  const word = TEXT[locale].verdict[verdict];
  if (verdict === 'agrees') return chalk.green(`✔ ${word}`);
  if (verdict === 'differs') return chalk.yellow(`✗ ${word}`);
  return chalk.dim(`? ${word}`);
}

/** The claims of a report, one a line: `line:col  verdict  “words”  quantity  text N  table M`. */
function renderText(report: JsonClaimsReport, locale: Locale, chalk: ChalkInstance, parseMessages: readonly string[]): string {
  const t = TEXT[locale];
  const lines = [chalk.underline(report.file)];
  if (parseMessages.length > 0) return [...lines, ...parseMessages.map((m) => `  ${m}`)].join('\n');
  if (report.claims.length === 0) return [...lines, `  ${chalk.dim(t.none)}`].join('\n');
  const position = (c: JsonClaim) => `${c.line}:${c.column}`;
  const positionWidth = Math.max(...report.claims.map((c) => position(c).length));
  const verdictWidth = Math.max(...report.claims.map((c) => displayWidth(t.verdict[c.verdict]) + 2));
  for (const c of report.claims) {
    const mark = verdictMark(c.verdict, chalk, locale);
    const pad = ' '.repeat(verdictWidth - displayWidth(t.verdict[c.verdict]) - 2);
    const value = (n: number | null) => (n === null ? t.blank : String(n));
    const others = c.readings
      .filter((r) => r.quantityId !== c.quantityId)
      .map((r) => `${t.also}: ${r.quantity} ${t.table} ${value(r.table)}`);
    const notes = [...(c.why !== undefined ? [t.why[c.why]] : []), ...others];
    lines.push(
      `  ${chalk.dim(position(c).padEnd(positionWidth))}  ${mark}${pad}  “${c.text}”  ${c.quantity}  ${t.stated} ${c.stated}  ${t.table} ${value(c.table)}` +
        (notes.length > 0 ? chalk.dim(`  (${notes.join('; ')})`) : ''),
    );
  }
  const differs = report.claims.filter((c) => c.verdict === 'differs').length;
  lines.push(chalk.dim(`  ${t.summary(report.claims.length, differs)}`));
  return lines.join('\n');
}

/** Exit 0 when the claims could be read (whatever they say: `lint` is the gate), 1 when the file is not valid YAML/JSON. */
export function showClaimsCommand(file: string, options: ShowClaimsOptions, io: CliIo): number {
  const format = options.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError({
      en: `unknown format ${JSON.stringify(format)} for show --claims (text, json)`,
      'zh-CN': `show --claims 没有格式 ${JSON.stringify(format)}（可用：text、json）`,
    });
  }
  if (!options.claims) throw new UsageError({ en: '--format applies to show --claims', 'zh-CN': '--format 只用于 show --claims' });
  const locale = resolveLocale(options.locale, io.env);
  const { json, ok } = claimsOf(file, io, locale);
  if (format === 'json') {
    io.stdout(`${JSON.stringify([json])}\n`);
  } else {
    const chalk = makeChalk(options.color, io.env, io.stdoutIsTTY);
    const parseMessages = json.problems.map((p) => `${chalk.dim(`${p.line}:${p.column}`)}  ${p.message}`);
    io.stdout(`${renderText(json, locale, chalk, parseMessages)}\n`);
  }
  return ok ? EXIT_CLEAN : EXIT_FINDINGS;
}
