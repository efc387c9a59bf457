import { isSuppressed } from '../engine/types.js';
import { uiText } from '../engine/messages.js';
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

/**
 * JUnit XML for CI dashboards (Jenkins, GitLab, Azure): a test suite per file and a test case per
 * problem, as ESLint's junit format has it, since dashboards show one failure per test case. Errors
 * fail their test case; a warning is a passing test case carrying its message in `system-out`, unless
 * the run fails on warnings (`--max-warnings`), when it fails too. A clean file is one passing test case.
 */
export const junit: Formatter = (results, { locale, warningsFail }) => {
  const severityWord = uiText(locale).severity;
  let tests = 0;
  let failures = 0;
  const suites = results.map((result) => {
    const shown = result.diagnostics.filter((d) => !isSuppressed(d));
    const file = escapeAttribute(result.file);
    // Dashboards key test cases by name: two findings of one rule at one place are told apart by number.
    const seen = new Map<string, number>();
    const cases = shown.map((d) => {
      const message = messageWithSuggestion(d);
      const fails = d.severity === 'error' || warningsFail === true;
      const text = escapeText(`${result.file}:${d.line}:${d.column} ${severityWord[d.severity]} ${message} (${d.ruleId})`);
      const base = `${d.ruleId} ${d.line}:${d.column}`;
      const repeat = (seen.get(base) ?? 0) + 1;
      seen.set(base, repeat);
      const name = escapeAttribute(repeat === 1 ? base : `${base} (${repeat})`);
      const body = fails
        ? `<failure message="${escapeAttribute(message)}" type="${escapeAttribute(d.severity)}">${text}</failure>`
        : `<system-out>${text}</system-out>`;
      return { fails, xml: `    <testcase name="${name}" classname="${file}" time="0">\n      ${body}\n    </testcase>` };
    });
    const failed = cases.filter((c) => c.fails).length;
    const count = Math.max(cases.length, 1);
    tests += count;
    failures += failed;
    const body = cases.length > 0 ? cases.map((c) => c.xml) : [`    <testcase name="${file}" classname="${file}" time="0"/>`];
    return [
      `  <testsuite name="${file}" tests="${count}" failures="${failed}" errors="0" skipped="0" time="0">`,
      ...body,
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="gov-report" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
