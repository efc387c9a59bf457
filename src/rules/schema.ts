import * as z from 'zod';
import type { MessageData, Rule, RuleContext } from '../engine/types.js';
import { describePath, schemaAt } from '../model/labels.js';
import { toPointer, valueAt } from '../model/pointer.js';
import { reportSchemaOf, schemaForData } from '../model/schema.js';
import { conforms, shapeOfTemplate } from '../model/schema-precheck.js';
import { SECTION_KEYS, TEMPLATES } from '../model/template.js';
import { closestWord } from '../did-you-mean.js';

/** A short, language-neutral rendering of what was found. */
function found(value: unknown): string {
  if (value === undefined) return '—';
  if (Array.isArray(value)) return `[${value.length} items]`;
  if (typeof value === 'object' && value !== null) return '{…}';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects returned above: only undefined, symbols and functions reach String()
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 40 ? `${shown.slice(0, 37)}…` : shown;
}

/** A number written as text, possibly with full-width digits: "１２" → 12. */
function numberInText(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  // Units that agree with the cell (counts in 件/条/项, fees in 万元) may be dropped; 元 may not.
  const normalised = value
    .normalize('NFKC')
    .trim()
    .replace(/[,_]/g, '')
    .replace(/(?:万元|[件条项个])$/, '');
  return /^-?\d+(?:\.\d+)?$/.test(normalised) ? Number(normalised) : undefined;
}

function numberMessage(template: RuleContext['template'], path: string): string {
  const node = schemaAt(template, path);
  if (!(node instanceof z.ZodNumber)) return 'notCount';
  if (!node.isInt) return 'notAmount';
  return (node.minValue ?? -Infinity) >= 0 ? 'notCount' : 'notSignedCount';
}

function columnsOf(template: RuleContext['template'], path: string): string[] {
  const node = schemaAt(template, path);
  if (!(node instanceof z.ZodTuple)) return [];
  return (node.def.items as z.ZodType[]).map((item) => z.globalRegistry.get(item)?.title ?? '?');
}

function report(context: RuleContext, issue: z.core.$ZodIssue): void {
  const segments = issue.path.map((s) => (typeof s === 'symbol' ? String(s) : s));
  const path = toPointer(segments);
  const value = valueAt(context.data, path);
  const label = describePath(path, context.template);
  const key = String(segments.at(-1) ?? '');
  const base: MessageData = { label, found: found(value) };
  const emit = (messageId: string, data: MessageData = {}, atKey = false) =>
    context.report({ messageId, path, data: { ...base, ...data }, atKey });

  // A missing or empty section is the business of `required-sections`.
  if (segments.length === 1 && SECTION_KEYS.includes(key as never) && (value === undefined || value === null)) return;

  if (value === undefined && issue.code !== 'unrecognized_keys') return emit('missingKey', { key });
  if (typeof value === 'string' && /^[\s/／\\—–\-－_]*$/.test(value)) return emit('blankAsText');

  switch (issue.code) {
    case 'unrecognized_keys':
      for (const unknownKey of issue.keys) {
        const present = typeof value === 'object' && value !== null ? Object.keys(value) : [];
        const expected = Object.keys((schemaAt(context.template, path) as z.ZodObject | undefined)?.shape ?? {});
        const suggestion = closestWord(
          unknownKey,
          expected.filter((k) => !present.includes(k)),
        );
        const keyPath = toPointer([...segments, unknownKey]);
        const messageId = (path === '' ? 'unknownTopKey' : 'unknownKey') + (suggestion ? 'DidYouMean' : '');
        context.report({
          messageId,
          path: keyPath,
          atKey: true,
          data: {
            key: unknownKey,
            parent: label,
            ...(suggestion ? { suggestion, suggestionLabel: describePath(toPointer([...segments, suggestion]), context.template) } : {}),
          },
        });
      }
      return;
    case 'invalid_type': {
      if (value === undefined) return emit('missingKey', { key });
      if (path === '') return emit('notAMapping');
      if (path === '/year') return emit('badYear');
      const asNumber = numberInText(value);
      if (issue.expected === 'number' && asNumber !== undefined) return emit('numberAsText', { suggested: asNumber });
      if (issue.expected === 'int') return emit('fractional');
      if (issue.expected === 'number') return emit(numberMessage(context.template, path));
      if (issue.expected === 'string') return emit('notText');
      if (issue.expected === 'object') return emit('notMapping');
      if (issue.expected === 'tuple' || issue.expected === 'array') {
        const columns = columnsOf(context.template, path);
        return emit('notRow', { length: columns.length, columns });
      }
      return emit('invalid', { detail: issue.message });
    }
    case 'too_small':
    case 'too_big':
      if (issue.origin === 'array') {
        const columns = columnsOf(context.template, path);
        return emit('wrongLength', { length: columns.length, columns, actual: Array.isArray(value) ? value.length : 0 });
      }
      if (path === '/year') return emit('badYear');
      if (issue.origin === 'string') return emit('emptyText');
      return emit('negative');
    case 'invalid_value':
      if (path === '/template') return emit('wrongTemplate', { templates: TEMPLATES.map((t) => `"${t}"`) });
      return emit('invalid', { detail: issue.message });
    case 'invalid_format':
      return emit('badDate');
    default:
      return emit('invalid', { detail: issue.message });
  }
}

export const schemaRule: Rule = {
  id: 'schema',
  severity: 'error',
  description: {
    'zh-CN': '报告的结构和类型符合年报格式：必需的键、未知的键、数组长度、负数、小数、文字写在数字格中',
    en: 'The report has the shape and types of the template: required keys, unknown keys, row lengths, negative or fractional counts, text where numbers belong',
  },
  messages: {
    notAMapping: { 'zh-CN': '报告应为一个映射（键: 值），实际为 {found}', en: 'A report must be a mapping (key: value), found {found}' },
    missingKey: { 'zh-CN': '缺少 {label}（键 {key}）', en: 'Missing {label} (key {key})' },
    blankAsText: {
      'zh-CN': '{label} 写成了 {found}：原表空白、“/”或“—”的单元格请写 null（或 ~）',
      en: '{label} is written {found}: a cell that is blank, “/” or “—” in the published table is written null (or ~)',
    },
    unknownTopKey: { 'zh-CN': '报告中有未知的键 {key}', en: 'Unknown key {key} in the report' },
    unknownTopKeyDidYouMean: {
      'zh-CN': '报告中有未知的键 {key}，是否应为 {suggestion}（{suggestionLabel}）？',
      en: 'Unknown key {key} in the report; did you mean {suggestion} ({suggestionLabel})?',
    },
    unknownKey: { 'zh-CN': '{parent} 下有未知的键 {key}', en: 'Unknown key {key} in {parent}' },
    unknownKeyDidYouMean: {
      'zh-CN': '{parent} 下有未知的键 {key}，是否应为 {suggestion}（{suggestionLabel}）？',
      en: 'Unknown key {key} in {parent}; did you mean {suggestion} ({suggestionLabel})?',
    },
    notCount: {
      'zh-CN': '{label} 应为非负整数（件数）或空白，实际为 {found}',
      en: '{label} must be a whole number ≥ 0 or blank, found {found}',
    },
    notAmount: { 'zh-CN': '{label} 应为非负数（金额）或空白，实际为 {found}', en: '{label} must be an amount ≥ 0 or blank, found {found}' },
    notSignedCount: {
      'zh-CN': '{label} 应为整数（可为负数）或空白，实际为 {found}',
      en: '{label} must be a whole number (may be negative) or blank, found {found}',
    },
    numberAsText: {
      'zh-CN': '{label} 应为数字，实际为文字 {found}；如果原表就是这个数，请写作 {suggested}（不加引号、半角数字）',
      en: '{label} must be a number, found the text {found}; if the published table says so, write {suggested} (no quotes, ASCII digits)',
    },
    fractional: { 'zh-CN': '{label} 是件数，应为整数，实际为 {found}', en: '{label} is a count and must be a whole number, found {found}' },
    negative: { 'zh-CN': '{label} 不能为负数，实际为 {found}', en: '{label} cannot be negative, found {found}' },
    notText: { 'zh-CN': '{label} 应为文字，实际为 {found}', en: '{label} must be text, found {found}' },
    emptyText: { 'zh-CN': '{label} 不能为空', en: '{label} must not be empty' },
    notMapping: { 'zh-CN': '{label} 应为映射（键: 值），实际为 {found}', en: '{label} must be a mapping (key: value), found {found}' },
    notRow: {
      'zh-CN': '{label} 应为 {length} 个数的列表（{columns}），实际为 {found}',
      en: '{label} must be a list of {length} numbers ({columns}), found {found}',
    },
    wrongLength: {
      'zh-CN': '{label} 应有 {length} 个数（{columns}），实际有 {actual} 个',
      en: '{label} must have {length} numbers ({columns}), found {actual}',
    },
    wrongTemplate: {
      'zh-CN': '年报格式 template 应为 {templates} 之一（带引号），实际为 {found}',
      en: 'template must be one of {templates} (quoted), found {found}',
    },
    badYear: { 'zh-CN': '报告年度 year 应为四位年份，实际为 {found}', en: 'year must be a four-digit year, found {found}' },
    badDate: {
      'zh-CN': '{label} 应为 YYYY-MM-DD 格式的日期，实际为 {found}',
      en: '{label} must be a date written YYYY-MM-DD, found {found}',
    },
    invalid: { 'zh-CN': '{label} 不符合格式：{detail}', en: '{label} does not fit the template: {detail}' },
  },
  check(context) {
    // Most reports conform: they need neither the zod schema (costly to build) nor its check.
    const shape = shapeOfTemplate(context.template, () => reportSchemaOf(context.template));
    if (shape && conforms(shape, context.data)) return;
    const result = schemaForData(context.data).safeParse(context.data);
    if (!result.success) for (const issue of result.error.issues) report(context, issue);
  },
};
