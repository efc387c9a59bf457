import type { DataValue, Locale, Localized, MessageData } from './types.js';

/**
 * `{name}` or `{name:type}` or `{name:type:argument…}`. Data keeps the facts as facts (numbers as
 * numbers, lists as lists); the placeholder says how a reader sees them:
 * - `{name}`: as it is; a list joined with 、 (Chinese) or `, ` (English)
 * - `{name:signed}`: a number with its sign, `+1`, `-1`, `0`
 * - `{name:sum}`: a list of numbers as a sum the reader can check, `1 + 0 + 2`
 * - `{name:count:noun}` or `{name:count:noun:plural}`: a number with its English noun, `1 cell`, `2 cells`
 */
const PLACEHOLDER = /\{(\w+)(?::([\w:-]+(?: [\w-]+)*))?\}/g;

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

type Value = DataValue | readonly DataValue[] | undefined;

const isList = (value: Value): value is readonly DataValue[] => Array.isArray(value);

function show(value: Value, locale: Locale): string {
  if (isList(value)) return value.map((v) => show(v, locale)).join(locale === 'zh-CN' ? '、' : ', ');
  return String(value);
}

function typed(value: Value, type: string | undefined, locale: Locale): string {
  if (type === undefined) return show(value, locale);
  const [kind, ...args] = type.split(':');
  switch (kind) {
    case 'signed':
      return typeof value === 'number' && value > 0 ? `+${value}` : show(value, locale);
    case 'sum':
      return isList(value) ? value.map((v) => show(v, locale)).join(' + ') : show(value, locale);
    case 'count': {
      const [noun = '', pluralForm] = args;
      return typeof value === 'number' ? plural(value, noun, pluralForm) : show(value, locale);
    }
    default:
      return show(value, locale);
  }
}

/** Chinese words, their punctuation and the brackets around labels: no space belongs between two of them. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;

/**
 * Fills a message's placeholders. In Chinese, the space a template keeps around a placeholder (for a
 * number or an id: `共 {count} 个`) goes when the value is itself Chinese, so that no space falls between
 * two Chinese words (`将表三「…」由 25 改为 26`, not `将 表三「…」 由`).
 */
export function formatMessage(template: Localized, locale: Locale, data: MessageData = {}): string {
  const text = template[locale];
  let out = '';
  let from = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index;
    const end = start + match[0].length;
    const value = typed(data[match[1]!], match[2], locale);
    let before = text.slice(from, start);
    let next = end;
    if (locale === 'zh-CN' && value !== '') {
      if (before.endsWith(' ') && CHINESE.test(text[start - 2] ?? '') && CHINESE.test(value[0]!)) before = before.slice(0, -1);
      if (text[end] === ' ' && CHINESE.test(text[end + 1] ?? '') && CHINESE.test(value.at(-1)!)) next = end + 1;
    }
    out += before + value;
    from = next;
  }
  return out + text.slice(from);
}

/** `1 problem`, `2 problems`: English nouns counted; Chinese needs no plural. */
function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** A few names, then how many more: `a.yaml, b.json, c.yml and 4 more`. */
function someOf(names: readonly string[], locale: Locale, shown = 3): string {
  const listed = names.slice(0, shown).join(locale === 'zh-CN' ? '、' : ', ');
  const more = names.length - shown;
  if (more <= 0) return listed;
  return locale === 'zh-CN' ? `${listed}等 ${names.length} 个` : `${listed} and ${more} more`;
}

/**
 * The words of the interface itself — severities, summaries, headers, notes — once per locale, so that
 * every format and command says them alike and a run speaks one language.
 */
interface InterfaceText {
  readonly severity: { readonly error: string; readonly warning: string };
  readonly summary: (errors: number, warnings: number) => string;
  readonly fileIgnored: (file: string) => string;
  readonly notReportsSkipped: (files: readonly string[]) => string;
  readonly tooManyWarnings: (warnings: number, maximum: number) => string;
  /** The label of a link to a rule's page, and the line that gives the link. */
  readonly ruleDocs: string;
  readonly ruleDocsLine: (url: string) => string;
}

const INTERFACE_TEXT: Readonly<Record<Locale, InterfaceText>> = {
  'zh-CN': {
    severity: { error: '错误', warning: '警告' },
    summary: (errors, warnings) => `✖ 共 ${errors + warnings} 个问题（${errors} 个错误，${warnings} 个警告）`,
    fileIgnored: (file) => `警告：${file} 被配置的 ignores 排除，未检查（用 --no-ignore 可检查它）`,
    notReportsSkipped: (files) =>
      `跳过 ${files.length} 个不是年度报告的文件（没有 template、agency、year，也没有报告的任何部分）：${someOf(files, 'zh-CN')}`,
    tooManyWarnings: (warnings, maximum) => `警告过多：共 ${warnings} 个，最多允许 ${maximum} 个`,
    ruleDocs: '规则说明',
    ruleDocsLine: (url) => `规则说明：${url}`,
  },
  en: {
    severity: { error: 'error', warning: 'warning' },
    summary: (errors, warnings) => `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`,
    fileIgnored: (file) => `warning: ${file} is left out by the config's ignores and was not linted (use --no-ignore to lint it)`,
    notReportsSkipped: (files) =>
      `skipped ${files.length === 1 ? '1 file that is not a report' : `${files.length} files that are not reports`} (no template, agency, year or part of a report): ${someOf(files, 'en')}`,
    tooManyWarnings: (warnings, maximum) => `too many warnings (${warnings}); the maximum allowed is ${maximum}`,
    ruleDocs: 'Rule documentation',
    ruleDocsLine: (url) => `Rule documentation: ${url}`,
  },
};

export function uiText(locale: Locale): InterfaceText {
  return INTERFACE_TEXT[locale];
}
