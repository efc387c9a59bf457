import { problemsStatement } from '../src/rules/problems-statement.js';
import { BUSY, edit, SAMPLE } from './helpers.js';
import { testRule } from './rule-tester.js';

const PROBLEMS = BUSY.slice(BUSY.indexOf('problems: |'), BUSY.indexOf('other_matters:'));
/** BUSY with part 五 replaced by one YAML line (it becomes line 65). */
const withProblems = (line: string) => edit(BUSY, [PROBLEMS, `${line}\n\n`]);

testRule(problemsStatement, {
  valid: [
    { name: 'the sample report', text: SAMPLE },
    { name: 'a report that states its problems', text: BUSY },
    { name: '无 inside a real statement', text: withProblems('problems: 本年度无重大问题，但栏目更新不够及时，下一步将每月检查。') },
    { name: 'an empty part is left to required-sections', text: withProblems('problems: ""') },
    { name: 'a missing part is left to required-sections', text: edit(BUSY, [PROBLEMS, '']) },
  ],
  invalid: [
    {
      name: 'only 暂无',
      text: withProblems('problems: 暂无'),
      errors: [{ messageId: 'onlyNone', line: 65, column: 11, data: { section: '五、存在的主要问题及改进情况', text: '暂无' } }],
    },
    {
      name: 'only 无。 in quotes',
      text: withProblems('problems: "“无。”"'),
      errors: [{ messageId: 'onlyNone', line: 65, column: 11, data: { text: '“无。”' } }],
    },
    { name: 'only 本年度无', text: withProblems('problems: 本年度无。'), errors: [{ messageId: 'onlyNone', line: 65, column: 11 }] },
    { name: 'only 暂无问题', text: withProblems('problems: |\n  暂无问题。'), errors: [{ messageId: 'onlyNone', line: 65, column: 11 }] },
  ],
});
