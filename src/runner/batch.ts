import { UsageError, type UsageTexts } from '../errors.js';
import { type LoadedReport, loadReport } from '../load/parse.js';
import { readReportBytes } from '../load/read.js';
import { isReportContent } from './files.js';
import { agencyKey, type LintTarget, lintReports } from '../engine/run.js';
import type { Diagnostic, Locale, Rule, SeveritySetting } from '../engine/types.js';
import { noteLinted } from './linted-here.js';

/** One file to lint, as it travels to a worker thread: plain data only. */
export interface FileTask {
  readonly index: number;
  /** The path as shown in results. */
  readonly file: string;
  readonly absolute: string;
  readonly severities: readonly (readonly [string, SeveritySetting])[];
  /** The report's bytes when they do not come from a file (stdin); never sent to a worker. */
  readonly bytes?: Uint8Array;
  /** Files larger than this are refused (--max-file-size). */
  readonly maxBytes?: number;
  /** Found in a folder or by a glob: linted only if it is a report by its content, else passed over (and named). */
  readonly onlyIfReport?: boolean;
}

export interface FileOutcome {
  readonly index: number;
  readonly diagnostics: readonly Diagnostic[];
  /** The agency the parsed report names (to check the grouping that the prescan guessed). */
  readonly key: string | undefined;
  /** Why the file could not be read (too large, unreadable …): the run goes on, and ends with exit 2. */
  readonly failure?: UsageTexts;
  /** The file is not a report by its content and was not linted (`onlyIfReport`). */
  readonly notReport?: boolean;
  /** With a `failure`: the file was linted all the same, and its diagnostics stand. */
  readonly diagnosticsKept?: boolean;
}

/** How far into a file the agency is looked for without parsing it. */
const HEAD_BYTES = 8192;
/**
 * `agency:` at the very start of a line of block YAML: a top-level key (a line inside a block, flow or
 * quoted scalar of a mapping is indented). Only CR and LF end lines, as in YAML (JavaScript's `^`, `$`
 * and `.` also take U+2028 for one).
 */
const AGENCY_LINE = /(?:^|[\r\n])(["']?)agency\1[ \t]*:[ \t]*([^\r\n]*)/;
/** A plain scalar that YAML's core schema reads as something other than a string (a number, true, null …). */
const NOT_A_STRING = /^(?:[-+]?[.\d]|~$|(?:null|true|false)$)/i;
/** The first character of a value that is not a one-line plain string (anchor, alias, tag, block, flow, quote …). */
const NOT_PLAIN_START = /^[&*!|>[{%@`#,?:'"-]/;
/** Blank and comment lines, then the first character of the next line (empty at the end of the text). */
const NEXT_LINE_START = /^(?:[ \t]*(?:#[^\r\n]*)?(?:\r\n?|\n))*([^\r\n]?)/;
/** What may come before a document's content: blank lines, comments, directives, the document start. */
const PREAMBLE = /^(?:(?:[ \t]*(?:[#%][^\r\n]*)?|---[ \t]*(?:#[^\r\n]*)?)(?:\r\n?|\n))*/;
const DOCUMENT_MARKER = /(?:^|[\r\n])(?:---|\.\.\.)(?:[ \t\r\n]|$)/;
const JSON_WORD = /[-+\w.]+/y;

/** The value of a line `agency: …`, when it is a one-line string that can only be read one way; undefined when unsure. */
function lineValue(value: string): string | undefined {
  // After the closing quote: the line's end, or a comment.
  const quoted = /^(["'])([^"']*)\1(?:[ \t]*$|[ \t]+#)/.exec(value);
  // Escapes (double quotes) are left to the parser; a doubled single quote fails the match.
  if (quoted) return quoted[1] === '"' && quoted[2]!.includes('\\') ? undefined : quoted[2];
  const plain = value.replace(/(?:^|[ \t])#[^\r\n]*$/, '').trim();
  if (plain === '' || NOT_PLAIN_START.test(plain) || NOT_A_STRING.test(plain)) return undefined;
  return plain.includes(': ') || plain.endsWith(':') ? undefined : plain;
}

/** The agency of block YAML: `agency:` at the start of a line, with nothing before it or after it that could change its reading. */
function blockAgency(head: string, body: number, cut: boolean): string | undefined {
  const match = AGENCY_LINE.exec(head);
  if (!match) return undefined;
  const before = head.slice(body, match.index);
  // Undecodable bytes (another encoding), or another document before it.
  if (before.includes('\uFFFD') || match[0].includes('\uFFFD') || DOCUMENT_MARKER.test(before)) return undefined;
  const lineEnd = match.index + match[0].length;
  if (cut && !/[\r\n]/.test(head.slice(lineEnd))) return undefined;
  // A plain value goes on over more-indented lines: the next line must start at the line start.
  const next = NEXT_LINE_START.exec(head.slice(lineEnd))?.[1] ?? '';
  if (/[ \t]/.test(next) || (next === '' && cut)) return undefined;
  return lineValue(match[2]!);
}

/** The index after the string that opens at `start`, or -1 when it does not close in the text. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return -1;
}

/**
 * The agency of JSON: the top-level "agency" member with a string value that needs no unescaping.
 * Anything JSON does not have (comments, single quotes, bare words of YAML's flow style) ends the search.
 */
function jsonAgency(head: string): string | undefined {
  const containers: string[] = [];
  let previous = '';
  for (let i = 0; i < head.length;) {
    const c = head[i]!;
    if (c === '"') {
      const end = stringEnd(head, i);
      if (end < 0) return undefined;
      const isKey = containers.length === 1 && containers[0] === '{' && (previous === '{' || previous === ',');
      if (isKey && head.slice(i + 1, end - 1) === 'agency') {
        const value = /^[ \t\r\n]*:[ \t\r\n]*"([^"\\\r\n]*)"/.exec(head.slice(end));
        return value ? value[1] : undefined;
      }
      previous = '"';
      i = end;
    } else if (c === '{' || c === '[') {
      containers.push(c);
      previous = c;
      i++;
    } else if (c === '}' || c === ']') {
      if (containers.pop() !== (c === '}' ? '{' : '[')) return undefined;
      previous = c;
      i++;
    } else if (c === ',' || c === ':') {
      previous = c;
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else {
      JSON_WORD.lastIndex = i;
      const word = JSON_WORD.exec(head)?.[0];
      if (word === undefined || !/^(?:true|false|null|-?\d[\d.eE+-]*)$/.test(word)) return undefined;
      previous = 'word';
      i += word.length;
    }
  }
  return undefined;
}

/**
 * The agency's key as the parser will read it, found in the first part of the file without parsing, or
 * undefined unless nothing else could be read there. (A report the parser finds faulty has no agency at
 * all, so a line the parser rejects is never a wrong guess here.)
 */
export function quickAgencyKey(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder().decode(bytes.subarray(0, HEAD_BYTES));
  const body = PREAMBLE.exec(head)?.[0].length ?? 0;
  const start = head.slice(body);
  let value: string | undefined;
  if (/^[ \t]*\{/.test(start)) value = jsonAgency(start);
  // Other flow styles, and content on the document start line, are left to the parser.
  else if (!/^(?:[ \t]*\[|---)/.test(start)) value = blockAgency(head, body, bytes.length > HEAD_BYTES);
  return value === undefined || value.includes('\uFFFD') ? undefined : agencyKey({ agency: value });
}

/**
 * The agency's key that linting the file will find (what the cross-year rules group by): read from the
 * text when it says it plainly, parsed otherwise. Reports are grouped by it before they are linted.
 */
export function agencyKeyOf(file: string, bytes: Uint8Array): string | undefined {
  const quick = quickAgencyKey(bytes);
  if (quick !== undefined) return quick;
  const report = loadReport(file, bytes);
  return parsedAgencyKey(report);
}

const parsedAgencyKey = (report: LoadedReport) => (report.syntaxProblems.length === 0 ? agencyKey(report.data) : undefined);

/** Lints a group of files together (reports of one body, as far as the prescan can tell). */
export function lintGroup(
  tasks: readonly FileTask[],
  options: { readonly rules: readonly Rule[]; readonly locale: Locale; readonly previous?: { file: string; absolute: string } },
): FileOutcome[] {
  const previous = options.previous
    ? loadReport(options.previous.file, readReportBytes(options.previous.absolute, options.previous.file))
    : undefined;
  const failures = new Map<number, UsageTexts>();
  const bytesOf = new Map<number, Uint8Array>();
  const readable = tasks.filter((task) => {
    try {
      bytesOf.set(task.index, task.bytes ?? readReportBytes(task.absolute, task.file, task.maxBytes));
      return true;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      failures.set(task.index, error.texts);
      return false;
    }
  });
  const loaded = readable.map((task) => ({ task, report: loadReport(task.file, bytesOf.get(task.index)!) }));
  // Files found in folders that are not reports (package.json, workflows, data) take no part in the run.
  const notReports = loaded.filter(({ task, report }) => task.onlyIfReport && !isReportContent(report));
  const reports = loaded.filter((entry) => !notReports.includes(entry));
  const targets: LintTarget[] = reports.map(({ task, report }) => ({
    report,
    severities: new Map(task.severities),
    ...(previous ? { previous } : {}),
  }));
  const diagnostics = lintReports(targets, { rules: options.rules, locale: options.locale });
  noteLinted(targets.length);
  const outcomes: FileOutcome[] = reports.map(({ task }, i) => ({
    index: task.index,
    diagnostics: diagnostics[i]!,
    key: parsedAgencyKey(targets[i]!.report),
  }));
  for (const { task } of notReports) outcomes.push({ index: task.index, diagnostics: [], key: undefined, notReport: true });
  for (const [index, failure] of failures) outcomes.push({ index, diagnostics: [], key: undefined, failure });
  return outcomes;
}

/** Tasks grouped by their agency (a task without one is a group of its own), in the order of each group's first file. */
export function groupByAgency(tasks: readonly FileTask[], keys: readonly (string | undefined)[]): FileTask[][] {
  const byKey = new Map<string, FileTask[]>();
  const groups: FileTask[][] = [];
  tasks.forEach((task, i) => {
    const key = keys[i];
    if (key === undefined) return void groups.push([task]);
    let group = byKey.get(key);
    if (!group) {
      byKey.set(key, (group = []));
      groups.push(group);
    }
    group.push(task);
  });
  return groups;
}
