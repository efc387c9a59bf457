import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintLoaded, RuleFailure } from '../src/engine/run.js';
import type { Rule } from '../src/engine/types.js';
import { loadReport } from '../src/load/parse.js';
import { RULES } from '../src/rules/index.js';
import { BUSY, edit, lintText, SAMPLE } from './helpers.js';

const rule = (check: Rule['check'], messages: Rule['messages'] = { m: { 'zh-CN': '值 {n}', en: 'value {n}' } }): Rule => ({
  id: 'test-rule',
  severity: 'warning',
  description: { 'zh-CN': '测试', en: 'test' },
  messages,
  check,
});
const run = (r: Rule, text = SAMPLE) => lintLoaded(loadReport('r.yaml', new TextEncoder().encode(text)), { rules: [r], locale: 'en' });

describe('rule engine', () => {
  it('maps a path to the exact cell and a missing node to its nearest parent', () => {
    const found = run(
      rule((c) => {
        c.report({ messageId: 'm', path: '/applications/results/disclosed/3', data: { n: 1 } });
        c.report({ messageId: 'm', path: '/applications/results/nothing/here', data: { n: 2 } });
      }),
    );
    assert.deepEqual(
      found.map((d) => [d.line, d.column, d.endColumn, d.message]),
      [
        [31, 3, 10, 'value 2'],
        [32, 38, 39, 'value 1'],
      ],
    );
  });

  it('names the rule and the file when a rule throws', () => {
    assert.throws(
      () =>
        run(
          rule(() => {
            throw new TypeError('boom');
          }),
        ),
      (error: unknown) => error instanceof RuleFailure && /rule test-rule failed on r\.yaml: boom/.test(error.message),
    );
  });

  it('rejects reports with an unknown message id, a bad path or missing data', () => {
    assert.throws(() => run(rule((c) => c.report({ messageId: 'nope', path: '' }))), /unknown messageId "nope"/);
    assert.throws(() => run(rule((c) => c.report({ messageId: 'm', path: 'applications', data: { n: 1 } }))), /invalid path/);
    assert.throws(() => run(rule((c) => c.report({ messageId: 'm', path: '' }))), /needs data\.n/);
  });

  it('applies severity overrides and turns rules off', () => {
    const text = edit(BUSY, ['[2, 1, 0, 1, 4]', '[2, 1, 0, 1, 5]']);
    assert.deepEqual(
      lintText(text).map((d) => d.severity),
      ['error'],
    );
    assert.deepEqual(
      lintText(text, { severities: new Map([['appeals-total', 'warning']]) }).map((d) => d.severity),
      ['warning'],
    );
    assert.deepEqual(lintText(text, { severities: new Map([['appeals-total', 'off']]) }), []);
  });

  it('runs only the parse rule on a file that is not valid YAML', () => {
    assert.deepEqual(
      lintText('a: [1\nb: 2').map((d) => d.ruleId),
      ['parse'],
    );
  });

  it('speaks Chinese and English', () => {
    const text = edit(BUSY, ['[2, 1, 0, 1, 4]', '[2, 1, 0, 1, 5]']);
    assert.match(
      lintText(text, { locale: 'zh-CN' })[0]!.message,
      /^表四「行政复议」：总计为 5，但 结果维持 \+ 结果纠正 \+ 其他结果 \+ 尚未审结 = 2 \+ 1 \+ 0 \+ 1 = 4，相差 \+1$/,
    );
    assert.match(lintText(text, { locale: 'en' })[0]!.message, /^表四「行政复议」: 总计 is 5, but .* = 4 \(difference \+1\)$/);
  });

  it('every rule has a description and messages in both locales', () => {
    for (const r of RULES) {
      assert.ok(r.description['zh-CN'] && r.description.en, r.id);
      for (const [id, message] of Object.entries(r.messages)) assert.ok(message['zh-CN'] && message.en, `${r.id}.${id}`);
    }
  });
});

describe('positions inside text', () => {
  const claim = (text: string, needle: string) =>
    run(
      rule((c) => {
        const value = (c.data as Record<string, string>).overview!;
        const start = value.indexOf(needle);
        c.report({ messageId: 'm', path: '/overview', textSpan: [start, start + needle.length], data: { n: 0 } });
      }),
      text,
    ).map((d) => [d.line, d.column, d.endLine, d.endColumn]);

  it('finds a phrase in a literal block, a folded block, quotes and plain text', () => {
    assert.deepEqual(claim('overview: |\n  第一段。\n\n  全年收到申请 12 件。\n', '12 件'), [[4, 10, 4, 14]]);
    assert.deepEqual(claim('overview: >-\n  全年收到\n  申请 12 件\n', '12 件'), [[3, 6, 3, 10]]);
    assert.deepEqual(claim('overview: "全年收到申请\n  12 件"\n', '12 件'), [[2, 3, 2, 7]]);
    assert.deepEqual(claim('overview: 全年收到申请 12 件\n', '12 件'), [[1, 18, 1, 22]]);
  });

  it('keeps columns right in CRLF files', () => {
    assert.deepEqual(claim('overview: |\r\n  第一段。\r\n  收到 3 件。\r\n', '3 件'), [[3, 6, 3, 9]]);
  });
});

describe('a directive after the row label that init and import write', () => {
  const blankLicensing = (comment: string) =>
    edit(SAMPLE, [
      '  licensing: 0            # 第二十条第（五）项 行政许可 本年处理决定数量',
      `  licensing: ~            # 第二十条第（五）项 行政许可 本年处理决定数量 ${comment}`,
    ]);

  it('is applied', () => {
    const diagnostics = lintText(blankLicensing('# gov-report-disable-line blank-cell -- 原表留空'));
    const blank = diagnostics.filter((d) => d.ruleId === 'blank-cell');
    assert.equal(blank.length, 1);
    assert.equal(blank[0]!.suppressions?.[0]?.justification, '原表留空');
    assert.deepEqual(
      diagnostics.filter((d) => d.ruleId === 'disable-directive'),
      [],
    );
  });

  it('without a reason, is reported like any other', () => {
    const diagnostics = lintText(blankLicensing('# gov-report-disable-line blank-cell'));
    assert.deepEqual(
      diagnostics.filter((d) => d.ruleId === 'disable-directive').map((d) => d.messageId),
      ['missingReason'],
    );
  });
});
