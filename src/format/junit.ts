import { isSuppressed } from '../engine/types.js';
import { messageWithSuggestion } from './common.js';
import type { Formatter } from './types.js';

// Everything outside XML 1.0's Char production, lone surrogates included (the `u` flag sees those as code points).
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // In attributes a parser turns raw line breaks and tabs into spaces; written as references they survive.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const escapeText = (text: string) => text.replace(INVALID_XML, '').replace(/[&<>"'\r]/g, (c) => ESCAPES[c]!);
const escapeAttribute = (text: string) => text.replace(INVALID_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]!);

/** JUnit XML for CI dashboards: each file is a test case, failing with one failure per problem. */
export const junit: Formatter = (results) => {
  let failedFiles = 0;
  const suites = results.map((result) => {
    const shown = result.diagnostics.filter((d) => !isSuppressed(d));
    if (shown.length > 0) failedFiles++;
    const name = escapeAttribute(result.file);
    const failures = shown.map((d) => {
      const message = messageWithSuggestion(d);
      const text = `${d.line}:${d.column} ${d.severity} ${message}`;
      return `      <failure message="${escapeAttribute(message)}" type="${escapeAttribute(d.ruleId)}">${escapeText(text)}</failure>`;
    });
    const testcase =
      failures.length > 0
        ? [`    <testcase name="${name}" classname="${name}">`, ...failures, '    </testcase>']
        : [`    <testcase name="${name}" classname="${name}"/>`];
    return [
      `  <testsuite name="${name}" tests="1" failures="${failures.length > 0 ? 1 : 0}" errors="0" skipped="0">`,
      ...testcase,
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="gov-report" tests="${results.length}" failures="${failedFiles}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
