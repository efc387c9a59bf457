import { formatMessage } from '../engine/messages.js';
import type { Locale, Rule } from '../engine/types.js';
import type { SyntaxProblem } from '../load/parse.js';

/**
 * yaml error codes with a message of their own. In English the parser's own words are kept after
 * "syntax error"; in Chinese each kind of mistake is said in Chinese, since the parser speaks English only.
 */
const MESSAGE_BY_CODE: Readonly<Record<string, string>> = {
  MISSING_CHAR: 'missingCharacter',
  BAD_INDENT: 'indentation',
  TAB_AS_INDENT: 'tabIndent',
  BLOCK_AS_IMPLICIT_KEY: 'keyLine',
  MULTILINE_IMPLICIT_KEY: 'keyLine',
  UNEXPECTED_TOKEN: 'unexpected',
  BAD_SCALAR_START: 'unexpected',
  BLOCK_IN_FLOW: 'unexpected',
  BAD_DQ_ESCAPE: 'escape',
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
    syntax: { 'zh-CN': 'YAML/JSON 语法错误（{code}）', en: 'YAML/JSON syntax error: {detail}' },
    missingCharacter: {
      'zh-CN': 'YAML/JSON 语法错误：缺少应有的字符（闭合的引号或括号、逗号或冒号）',
      en: 'YAML/JSON syntax error: {detail}',
    },
    indentation: { 'zh-CN': 'YAML/JSON 语法错误：缩进不对，或方括号、花括号没有闭合', en: 'YAML/JSON syntax error: {detail}' },
    tabIndent: { 'zh-CN': 'YAML/JSON 语法错误：缩进中有制表符（Tab），请改用空格', en: 'YAML/JSON syntax error: {detail}' },
    keyLine: { 'zh-CN': 'YAML/JSON 语法错误：键必须写在一行内，可能缺少冒号或缩进不对', en: 'YAML/JSON syntax error: {detail}' },
    unexpected: { 'zh-CN': 'YAML/JSON 语法错误：此处有不应出现的字符，文字中含特殊字符时请加引号', en: 'YAML/JSON syntax error: {detail}' },
    escape: { 'zh-CN': 'YAML/JSON 语法错误：双引号中的转义写法无效', en: 'YAML/JSON syntax error: {detail}' },
    duplicateKey: { 'zh-CN': '同一映射中出现重复的键「{key}」（{first} 和 {second}）', en: 'Duplicate key in the same mapping: {detail}' },
    duplicateKeyUnplaced: { 'zh-CN': '同一映射中出现重复的键', en: 'Duplicate key in the same mapping: {detail}' },
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
    alias: { 'zh-CN': 'YAML 别名无效：引用了不存在或无法使用的锚点', en: 'Invalid YAML alias ({detail})' },
    resourceLimit: {
      'zh-CN': '文档嵌套过深或别名展开过多，已停止读取',
      en: 'The document is nested too deeply or expands too many aliases; reading stopped ({detail})',
    },
    encoding: {
      'zh-CN': '文件不是文本：第 {offset} 字节起既不是 UTF-8 也不是 GB18030/GBK',
      en: 'The file is not text in UTF-8 or GB18030/GBK ({detail})',
    },
    binary: {
      'zh-CN': '这是二进制文件（第 {offset} 字节是 NUL），不是 YAML/JSON 报告',
      en: 'This is a binary file, not a YAML/JSON report ({detail})',
    },
  },
  check(context) {
    for (const problem of context.syntaxProblems) {
      context.report({ messageId: messageIdOf(problem), path: '', range: problem.range, data: dataOf(problem) });
    }
  },
};

const messageIdOf = (problem: SyntaxProblem) => {
  const messageId = MESSAGE_BY_CODE[problem.code] ?? 'syntax';
  return messageId === 'duplicateKey' && !problem.facts ? 'duplicateKeyUnplaced' : messageId;
};

const dataOf = (problem: SyntaxProblem) => ({ detail: problem.detail, code: problem.code, ...problem.facts });

/** A syntax problem in the words of this rule: a config file's is said as a report's. */
export function syntaxMessage(problem: SyntaxProblem, locale: Locale): string {
  return formatMessage(parseRule.messages[messageIdOf(problem)]!, locale, dataOf(problem));
}
