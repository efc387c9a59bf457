import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DOMParser, type Element, onWarningStopParsing } from '@xmldom/xmldom';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { Chalk } from 'chalk';
import { ruleDocsUrl } from '../src/engine/docs-url.js';
import type { Diagnostic, FileResult } from '../src/engine/types.js';
import { FORMATTERS } from '../src/format/index.js';
import type { FormatContext } from '../src/format/types.js';
import { RULES } from '../src/rules/index.js';
import { ROOT } from './helpers.js';

const CWD = '/home/user/reports';
const context = (overrides: Partial<FormatContext> = {}): FormatContext => ({
  locale: 'en',
  chalk: new Chalk({ level: 0 }),
  rules: RULES,
  cwd: CWD,
  toolVersion: '1.2.3',
  ...overrides,
});

const CHINESE_FILE = '2023/示例局 年报.yaml';
const LAST_YEAR_FILE = '2022/示例局 年报.yaml';
const ODD_MESSAGE = 'Total: 100% of 1,234\nsecond line';

const rowTotal: Diagnostic = {
  ruleId: 'applications-row-total',
  severity: 'error',
  messageId: 'rowTotal',
  message: ODD_MESSAGE,
  suggestion: 'change 1 to 0',
  path: '/applications/results/disclosed',
  line: 32,
  column: 29,
  endLine: 32,
  endColumn: 30,
  data: { expected: 0, actual: 1, columns: ['自然人', '其他'] },
};

const balance: Diagnostic = {
  ruleId: 'applications-balance',
  severity: 'warning',
  messageId: 'carriedOver',
  message: '上年结转 3 ≠ 去年结转下年度 4',
  path: '/applications/carried_over/natural',
  line: 12,
  column: 5,
  endLine: 12,
  endColumn: 8,
  data: { thisYear: 3, lastYear: 4 },
  related: [{ file: LAST_YEAR_FILE, line: 58, column: 7, message: 'carried over to 2023' }],
};

const suppressedBlank: Diagnostic = {
  ruleId: 'blank-cell',
  severity: 'warning',
  messageId: 'blankValue',
  message: '表二「行政处罚」为空白',
  path: '/proactive/punishment',
  line: 40,
  column: 15,
  endLine: 40,
  endColumn: 16,
  data: { row: '行政处罚' },
  suppressions: [{ kind: 'next-line', justification: '原表如此，已与发布稿核对' }],
};

const syntax: Diagnostic = {
  ruleId: 'parse',
  severity: 'error',
  messageId: 'syntax',
  message: 'YAML/JSON syntax error: <unexpected> & "quoted" \'single\' \u0000\u0007\uD800',
  path: '',
  line: 2,
  column: 9,
  endLine: 2,
  endColumn: 10,
  data: { detail: 'unexpected' },
};

const RESULTS: readonly FileResult[] = [
  { file: CHINESE_FILE, diagnostics: [balance, rowTotal, suppressedBlank] },
  { file: 'clean.yaml', diagnostics: [] },
  { file: 'broken.json', diagnostics: [syntax] },
];

const format = (name: string, results: readonly FileResult[] = RESULTS, overrides: Partial<FormatContext> = {}) => {
  const formatter = FORMATTERS[name];
  assert.ok(formatter, `no formatter ${name}`);
  return formatter(results, context(overrides));
};

// Vendored from an npm package (see tests/data/README.md): tests must not fetch the schema.
const sarifSchema = JSON.parse(readFileSync(join(ROOT, 'tests/data/sarif-schema-2.1.0.json'), 'utf8')) as object;
const resultsSchema = JSON.parse(readFileSync(join(ROOT, 'schemas/lint-results.schema.json'), 'utf8')) as object;

function validator(schema: object) {
  const ajv = new Ajv({ allErrors: true });
  addFormatsPlugin.default(ajv);
  const validate = ajv.compile(schema);
  return (data: unknown) => {
    const valid = validate(data);
    return valid ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

const validateSarif = validator(sarifSchema);
const validateResults = validator(resultsSchema);

const NOTHING_TO_REPORT: readonly FileResult[] = [
  { file: 'clean.yaml', diagnostics: [] },
  { file: CHINESE_FILE, diagnostics: [suppressedBlank] },
];

describe('compact format', () => {
  it('one line per unsuppressed problem, line breaks in a message folded', () => {
    assert.equal(
      format('compact'),
      [
        '2023/示例局 年报.yaml:12:5: warning 上年结转 3 ≠ 去年结转下年度 4 [applications-balance]',
        '2023/示例局 年报.yaml:32:29: error Total: 100% of 1,234 second line — change 1 to 0 [applications-row-total]',
        `broken.json:2:9: error ${syntax.message} [parse]`,
        '',
      ].join('\n'),
    );
  });

  it('severity words follow the locale, like stylish', () => {
    const lines = format('compact', RESULTS, { locale: 'zh-CN' }).split('\n');
    assert.equal(lines[0], '2023/示例局 年报.yaml:12:5: 警告 上年结转 3 ≠ 去年结转下年度 4 [applications-balance]');
    assert.match(lines[1]!, /^2023\/示例局 年报\.yaml:32:29: 错误 Total/);
  });

  it('prints nothing when there is nothing to report', () => {
    assert.equal(format('compact', NOTHING_TO_REPORT), '');
    assert.equal(format('compact', []), '');
  });
});

describe('github format', () => {
  it('one workflow command per unsuppressed problem, message escaped as command data', () => {
    assert.equal(
      format('github'),
      [
        '::warning file=2023/示例局 年报.yaml,line=12,col=5,endLine=12,endColumn=8,title=applications-balance::上年结转 3 ≠ 去年结转下年度 4',
        '::error file=2023/示例局 年报.yaml,line=32,col=29,endLine=32,endColumn=30,title=applications-row-total::Total: 100%25 of 1,234%0Asecond line — change 1 to 0',
        `::error file=broken.json,line=2,col=9,endLine=2,endColumn=10,title=parse::${syntax.message}`,
        '',
      ].join('\n'),
    );
  });

  it('escapes `:` and `,` (and %, CR, LF) in property values, not in the message', () => {
    const odd: FileResult = {
      file: 'a,b:c%d.yaml',
      diagnostics: [{ ...rowTotal, ruleId: 'x:y,z', message: 'a:b,c 5%\r\nd', suggestion: undefined }],
    };
    assert.equal(
      format('github', [odd]),
      '::error file=a%2Cb%3Ac%25d.yaml,line=32,col=29,endLine=32,endColumn=30,title=x%3Ay%2Cz::a:b,c 5%25%0D%0Ad\n',
    );
  });

  it('names files from the working directory, where the job checked out the repository', () => {
    const absolute: FileResult = { file: `${CWD}/2023/a.yaml`, diagnostics: [balance] };
    assert.match(format('github', [absolute]), /^::warning file=2023\/a\.yaml,line=12,/);
  });

  it('prints nothing when there is nothing to report', () => {
    assert.equal(format('github', NOTHING_TO_REPORT), '');
    assert.equal(format('github', []), '');
  });
});

describe('json format', () => {
  it('is one line of ESLint-shaped results that fits schemas/lint-results.schema.json', () => {
    const output = format('json');
    assert.ok(output.endsWith('\n'));
    assert.equal(output.trimEnd().split('\n').length, 1);
    const parsed = JSON.parse(output) as unknown;
    assert.deepEqual(validateResults(parsed), []);
  });

  it('carries each message with its gov-report fields, and suppressed ones apart with their reason', () => {
    const [chinese, clean, broken] = JSON.parse(format('json')) as Record<string, unknown>[];
    assert.deepEqual(chinese, {
      filePath: `${CWD}/${CHINESE_FILE}`,
      messages: [
        {
          ruleId: 'applications-balance',
          severity: 1,
          message: balance.message,
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 8,
          messageId: 'carriedOver',
          path: '/applications/carried_over/natural',
          data: { thisYear: 3, lastYear: 4 },
          related: [{ file: LAST_YEAR_FILE, line: 58, column: 7, message: 'carried over to 2023' }],
        },
        {
          ruleId: 'applications-row-total',
          severity: 2,
          message: ODD_MESSAGE,
          line: 32,
          column: 29,
          endLine: 32,
          endColumn: 30,
          messageId: 'rowTotal',
          path: '/applications/results/disclosed',
          data: { expected: 0, actual: 1, columns: ['自然人', '其他'] },
          suggestion: 'change 1 to 0',
        },
      ],
      suppressedMessages: [
        {
          ruleId: 'blank-cell',
          severity: 1,
          message: suppressedBlank.message,
          line: 40,
          column: 15,
          endLine: 40,
          endColumn: 16,
          messageId: 'blankValue',
          path: '/proactive/punishment',
          data: { row: '行政处罚' },
          suppressions: [{ kind: 'directive', justification: '原表如此，已与发布稿核对' }],
        },
      ],
      errorCount: 1,
      warningCount: 1,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
    assert.deepEqual(clean, {
      filePath: `${CWD}/clean.yaml`,
      messages: [],
      suppressedMessages: [],
      errorCount: 0,
      warningCount: 0,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
    assert.equal(broken!.fatalErrorCount, 1);
    assert.equal(broken!.errorCount, 1);
    const [fatal] = broken!.messages as Record<string, unknown>[];
    assert.equal(fatal!.fatal, true);
    assert.equal(fatal!.message, syntax.message);
  });

  it('prints [] for no files', () => {
    assert.equal(format('json', []), '[]\n');
  });

  it('the schema is not vacuous: it rejects wrong severities and suppressed messages without a reason', () => {
    const parsed = JSON.parse(format('json')) as { messages: Record<string, unknown>[]; suppressedMessages: Record<string, unknown>[] }[];
    const wrongSeverity = structuredClone(parsed);
    wrongSeverity[0]!.messages[0]!.severity = 'warning';
    assert.notDeepEqual(validateResults(wrongSeverity), []);
    const noReason = structuredClone(parsed);
    delete noReason[0]!.suppressedMessages[0]!.suppressions;
    assert.notDeepEqual(validateResults(noReason), []);
  });
});

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string; index?: number }; region: Record<string, number> };
  message?: { text: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; justification: string }[];
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: string };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    artifacts: { location: { uri: string; uriBaseId?: string } }[];
    results: SarifResult[];
  }[];
}

const sarifLog = (results: readonly FileResult[] = RESULTS, overrides: Partial<FormatContext> = {}) =>
  JSON.parse(format('sarif', results, overrides)) as SarifLog;
const fingerprintOf = (results: readonly FileResult[], index = 0) =>
  sarifLog(results).runs[0]!.results[index]!.partialFingerprints['govReport/v1'];

describe('sarif format', () => {
  it('validates against the official SARIF 2.1.0 schema, and is indented JSON with a final newline', () => {
    const output = format('sarif');
    assert.ok(output.startsWith('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",'));
    assert.ok(output.endsWith('}\n'));
    assert.deepEqual(validateSarif(JSON.parse(output)), []);
    assert.deepEqual(validateSarif(sarifLog([])), []);
    assert.deepEqual(validateSarif(sarifLog(RESULTS, { rules: [] })), []);
  });

  it('describes every rule with its docs link and default level', () => {
    const { driver } = sarifLog().runs[0]!.tool;
    assert.equal(driver.name, 'gov-report');
    assert.equal(driver.version, '1.2.3');
    assert.deepEqual(
      driver.rules.map((r) => r.id),
      RULES.map((r) => r.id),
    );
    const blank = driver.rules.find((r) => r.id === 'blank-cell')!;
    assert.equal(blank.name, 'BlankCell');
    assert.equal(blank.shortDescription.text, RULES.find((r) => r.id === 'blank-cell')!.description.en);
    assert.equal(blank.helpUri, ruleDocsUrl('blank-cell'));
    assert.deepEqual(blank.defaultConfiguration, { level: 'warning' });
  });

  it("every rule carries help (text and Markdown with its docs link) and a name apart from its id, in the run's language", () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const rules = sarifLog(RESULTS, { locale }).runs[0]!.tool.driver.rules as unknown as (SarifRule & {
        help: { text: string; markdown: string };
      })[];
      for (const rule of rules) {
        const description = RULES.find((r) => r.id === rule.id)!.description[locale];
        assert.notEqual(rule.name, rule.id);
        assert.equal(rule.shortDescription.text, description);
        assert.ok(rule.help.text.startsWith(description) && rule.help.text.endsWith(rule.helpUri), rule.help.text);
        assert.ok(rule.help.markdown.includes(`](${rule.helpUri})`), rule.help.markdown);
      }
      if (locale === 'zh-CN') assert.match(rules[0]!.help.text, /\n规则说明：https?:/);
    }
  });

  it('results point at their rule, file (percent-encoded, from %SRCROOT%) and region', () => {
    const run = sarifLog().runs[0]!;
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///home/user/reports/' } });
    const encoded = '2023/%E7%A4%BA%E4%BE%8B%E5%B1%80%20%E5%B9%B4%E6%8A%A5.yaml';
    assert.deepEqual(
      run.artifacts.map((a) => a.location.uri),
      [encoded, 'clean.yaml', 'broken.json', '2022/%E7%A4%BA%E4%BE%8B%E5%B1%80%20%E5%B9%B4%E6%8A%A5.yaml'],
    );
    const rowResult = run.results.find((r) => r.ruleId === 'applications-row-total')!;
    assert.equal(run.tool.driver.rules[rowResult.ruleIndex]!.id, 'applications-row-total');
    assert.equal(rowResult.level, 'error');
    assert.equal(rowResult.message.text, `${ODD_MESSAGE} — change 1 to 0`);
    assert.deepEqual(rowResult.locations[0]!.physicalLocation, {
      artifactLocation: { uri: encoded, uriBaseId: '%SRCROOT%', index: 0 },
      region: { startLine: 32, startColumn: 29, endLine: 32, endColumn: 30 },
    });
    assert.equal(decodeURIComponent(rowResult.locations[0]!.physicalLocation.artifactLocation.uri), CHINESE_FILE);
  });

  it('links last year’s cell as a related location, and keeps suppressed results marked inSource', () => {
    const results = sarifLog().runs[0]!.results;
    assert.equal(results.length, 4);
    const balanceResult = results.find((r) => r.ruleId === 'applications-balance')!;
    assert.deepEqual(balanceResult.relatedLocations, [
      {
        id: 0,
        physicalLocation: {
          artifactLocation: { uri: '2022/%E7%A4%BA%E4%BE%8B%E5%B1%80%20%E5%B9%B4%E6%8A%A5.yaml', uriBaseId: '%SRCROOT%', index: 3 },
          region: { startLine: 58, startColumn: 7 },
        },
        message: { text: 'carried over to 2023' },
      },
    ]);
    const blank = results.find((r) => r.ruleId === 'blank-cell')!;
    assert.deepEqual(blank.suppressions, [{ kind: 'inSource', justification: '原表如此，已与发布稿核对' }]);
    assert.ok(results.filter((r) => r !== blank).every((r) => r.suppressions === undefined));
  });

  it('names a file outside the working directory by its absolute file URI', () => {
    const outside: FileResult = { file: '../other/年报.yaml', diagnostics: [balance] };
    const log = sarifLog([outside]);
    assert.deepEqual(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation, {
      uri: 'file:///home/user/other/%E5%B9%B4%E6%8A%A5.yaml',
      index: 0,
    });
    assert.deepEqual(validateSarif(log), []);
  });

  it('a rule missing from the context still gets a descriptor that its results point at', () => {
    const run = sarifLog(RESULTS, { rules: [] }).runs[0]!;
    for (const result of run.results) assert.equal(run.tool.driver.rules[result.ruleIndex]!.id, result.ruleId);
    assert.equal(new Set(run.tool.driver.rules.map((r) => r.id)).size, run.tool.driver.rules.length);
  });

  it('partialFingerprints ignore the line, but not the rule, the file or the JSON Pointer', () => {
    const at = (d: Diagnostic, file = CHINESE_FILE) => [{ file, diagnostics: [d] }];
    const original = fingerprintOf(at(rowTotal));
    assert.match(original!, /^[0-9a-f]{32}$/);
    assert.equal(fingerprintOf(at({ ...rowTotal, line: 80, endLine: 80, column: 3, endColumn: 4 })), original);
    assert.equal(fingerprintOf(at(rowTotal, `${CWD}/${CHINESE_FILE}`)), original, 'the same file named absolutely');
    assert.notEqual(fingerprintOf(at({ ...rowTotal, path: '/applications/results/partly_disclosed' })), original);
    assert.notEqual(fingerprintOf(at({ ...rowTotal, ruleId: 'applications-results-total' })), original);
    assert.notEqual(fingerprintOf(at(rowTotal, LAST_YEAR_FILE)), original);
  });

  it('findings that share rule, file and pointer still get distinct fingerprints, the first one unchanged', () => {
    const missing = (section: string): Diagnostic => ({
      ...rowTotal,
      ruleId: 'required-sections',
      messageId: 'missing',
      path: '',
      data: { section },
    });
    const alone = fingerprintOf([{ file: CHINESE_FILE, diagnostics: [missing('appeals')] }]);
    const both = sarifLog([{ file: CHINESE_FILE, diagnostics: [missing('appeals'), missing('other_matters')] }]).runs[0]!.results;
    assert.equal(both[0]!.partialFingerprints['govReport/v1'], alone);
    assert.notEqual(both[1]!.partialFingerprints['govReport/v1'], alone);
  });
});

function parseXml(xml: string) {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'text/xml');
}
const children = (element: Element, name: string) => Array.from(element.childNodes).filter((n): n is Element => n.nodeName === name);

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const JUNIT_XSD = join(ROOT, 'tests/data/junit-jenkins.xsd');

/** xmllint's verdict on a document against the Jenkins JUnit schema: '' when valid. */
function junitSchemaErrors(xml: string): string {
  const run = spawnSync('xmllint', ['--noout', '--schema', JUNIT_XSD, '-'], { input: xml, encoding: 'utf8' });
  return run.status === 0 ? '' : run.stderr;
}

describe('junit format', () => {
  const testcases = (suite: Element) => children(suite, 'testcase');

  it('is well-formed XML: a suite per file, a test case per unsuppressed problem, errors failing', () => {
    const output = format('junit');
    assert.ok(output.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites '));
    assert.ok(output.endsWith('</testsuites>\n'));
    const root = parseXml(output).documentElement!;
    assert.equal(root.nodeName, 'testsuites');
    assert.deepEqual(
      ['name', 'tests', 'failures', 'errors'].map((a) => root.getAttribute(a)),
      ['gov-report', '4', '2', '0'],
    );
    const suites = children(root, 'testsuite');
    assert.deepEqual(
      suites.map((s) => [s.getAttribute('name'), s.getAttribute('tests'), s.getAttribute('failures')]),
      [
        [CHINESE_FILE, '2', '1'],
        ['clean.yaml', '1', '0'],
        ['broken.json', '1', '1'],
      ],
    );
    const [chinese, clean] = suites.map(testcases);
    assert.deepEqual(
      chinese!.map((c) => [c.getAttribute('name'), c.getAttribute('classname')]),
      [
        ['applications-balance 12:5', CHINESE_FILE],
        ['applications-row-total 32:29', CHINESE_FILE],
      ],
    );
    assert.equal(clean![0]!.childNodes.length, 0, 'a clean file is a passing test case');
    const [warning, error] = chinese!;
    assert.deepEqual(children(warning!, 'failure'), [], 'a warning does not fail its test case');
    assert.equal(
      children(warning!, 'system-out')[0]!.textContent,
      `${CHINESE_FILE}:12:5 warning ${balance.message} (applications-balance)`,
    );
    const failures = children(error!, 'failure');
    assert.deepEqual(
      failures.map((f) => [f.getAttribute('type'), f.getAttribute('message'), f.textContent]),
      [['error', `${ODD_MESSAGE} — change 1 to 0`, `${CHINESE_FILE}:32:29 error ${ODD_MESSAGE} — change 1 to 0 (applications-row-total)`]],
    );
  });

  it('warnings fail their test cases when the run fails on them (--max-warnings)', () => {
    const root = parseXml(format('junit', RESULTS, { warningsFail: true })).documentElement!;
    assert.equal(root.getAttribute('failures'), '3');
    const [warning] = testcases(children(root, 'testsuite')[0]!);
    assert.equal(children(warning!, 'failure')[0]!.getAttribute('type'), 'warning');
  });

  it('speaks the language of the run', () => {
    const output = format('junit', RESULTS, { locale: 'zh-CN' });
    assert.match(output, /12:5 警告 /);
    assert.match(output, /32:29 错误 /);
  });

  it('escapes markup and drops characters XML 1.0 cannot hold', () => {
    const output = format('junit');
    assert.doesNotMatch(output, /[\0\u0007\uD800-\uDFFF]/);
    const suite = children(parseXml(output).documentElement!, 'testsuite')[2]!;
    const failure = children(testcases(suite)[0]!, 'failure')[0]!;
    const clean = 'YAML/JSON syntax error: <unexpected> & "quoted" \'single\' ';
    assert.equal(failure.getAttribute('message'), clean);
    assert.equal(failure.textContent, `broken.json:2:9 error ${clean} (parse)`);
  });

  it('always prints a document, even for no files', () => {
    assert.equal(
      format('junit', []),
      '<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="gov-report" tests="0" failures="0" errors="0" time="0">\n</testsuites>\n',
    );
    assert.doesNotMatch(format('junit', NOTHING_TO_REPORT), /<failure/);
  });

  it(
    'fits the Jenkins JUnit schema (tests/data/junit-jenkins.xsd)',
    { skip: hasXmllint ? false : 'xmllint is not installed (apt-get install libxml2-utils; .ci/run installs it)' },
    () => {
      for (const [name, xml] of [
        ['results', format('junit')],
        ['failing warnings', format('junit', RESULTS, { warningsFail: true })],
        ['no files', format('junit', [])],
        ['clean files', format('junit', NOTHING_TO_REPORT)],
      ] as const) {
        assert.equal(junitSchemaErrors(xml), '', name);
      }
      // The schema is not vacuous: a failure outside a test case, two failures in one, a count that is not a number.
      const valid = format('junit');
      for (const broken of [
        valid.replace('<testsuite ', '<failure message="x"/>\n  <testsuite '),
        valid.replace('</failure>', '</failure><failure message="again"/>'),
        valid.replace('tests="4"', 'tests="four"'),
        valid.replace(/ name="applications-balance 12:5"/, ''),
      ]) {
        assert.notEqual(junitSchemaErrors(broken), '');
      }
    },
  );
});

describe('every format', () => {
  it('is registered', () => {
    assert.deepEqual(Object.keys(FORMATTERS).sort(), ['compact', 'csv', 'github', 'json', 'junit', 'sarif', 'stylish']);
    // html (the reviewer page) is loaded on demand: tests/review.test.ts.
  });

  it('counts no suppressed diagnostic as a problem', () => {
    const [entry] = JSON.parse(format('json', NOTHING_TO_REPORT.slice(1))) as { errorCount: number; warningCount: number }[];
    assert.deepEqual([entry!.errorCount, entry!.warningCount], [0, 0]);
    assert.match(format('junit', NOTHING_TO_REPORT), /<testsuites name="gov-report" tests="2" failures="0" errors="0" time="0">/);
  });
});
