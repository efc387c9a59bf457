import type { Rule } from '../engine/types.js';

/** yaml error codes with a message of their own; anything else is reported with the parser's words. */
const MESSAGE_BY_CODE: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: 'duplicateKey',
  MULTIPLE_DOCS: 'multipleDocuments',
  TAG_RESOLVE_FAILED: 'tag',
  BAD_ALIAS: 'alias',
  RESOURCE_EXHAUSTION: 'resourceLimit',
  ENCODING: 'encoding',
  BINARY: 'binary',
  NUMBER_FORMAT: 'numberFormat',
  MERGE_KEY: 'mergeKey',
};

export const parseRule: Rule = {
  id: 'parse',
  severity: 'error',
  handlesSyntax: true,
  fatal: true,
  description: {
    'zh-CN': '文件是有效的 YAML 或 JSON：语法错误、重复的键、标签、嵌套过深或别名过多、二进制或无法识别的编码',
    en: 'The file is valid YAML or JSON: syntax errors, duplicate keys, tags, nesting or alias bombs, binary or undecodable bytes',
  },
  messages: {
    syntax: { 'zh-CN': 'YAML/JSON 语法错误：{detail}', en: 'YAML/JSON syntax error: {detail}' },
    duplicateKey: { 'zh-CN': '同一映射中出现重复的键：{detail}', en: 'Duplicate key in the same mapping: {detail}' },
    mergeKey: {
      'zh-CN': '报告中不支持 YAML 合并键 <<：请把各项直接写出',
      en: 'YAML merge keys (<<) are not supported in a report: write the entries out',
    },
    numberFormat: {
      'zh-CN': '数字 {detail} 不是普通十进制写法（十六进制、八进制、科学计数法或带 + 号）；请按原表写成十进制数',
      en: 'The number {detail} is not written in plain decimal (hexadecimal, octal, exponent or a + sign); write it as the table does',
    },
    multipleDocuments: {
      'zh-CN': '一个文件只能包含一份报告，这里有多个 YAML 文档（---）',
      en: 'A file holds one report, but this one has several YAML documents (---)',
    },
    tag: { 'zh-CN': '报告中不允许使用 YAML 标签（{detail}）', en: 'YAML tags are not allowed in a report ({detail})' },
    alias: { 'zh-CN': 'YAML 别名无效（{detail}）', en: 'Invalid YAML alias ({detail})' },
    resourceLimit: {
      'zh-CN': '文档嵌套过深或别名展开过多，已停止读取（{detail}）',
      en: 'The document is nested too deeply or expands too many aliases; reading stopped ({detail})',
    },
    encoding: { 'zh-CN': '文件不是文本：既不是 UTF-8 也不是 GB18030/GBK（{detail}）', en: 'The file is not text in UTF-8 or GB18030/GBK ({detail})' },
    binary: { 'zh-CN': '这是二进制文件，不是 YAML/JSON 报告（{detail}）', en: 'This is a binary file, not a YAML/JSON report ({detail})' },
  },
  check(context) {
    for (const problem of context.syntaxProblems) {
      context.report({
        messageId: MESSAGE_BY_CODE[problem.code] ?? 'syntax',
        path: '',
        range: problem.range,
        data: { detail: problem.detail },
      });
    }
  },
};
