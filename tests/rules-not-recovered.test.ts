import { notRecovered } from '../src/rules/not-recovered.js';
import { BUSY, SAMPLE } from './helpers.js';
import { testRule } from './rule-tester.js';

testRule(notRecovered, {
  valid: [
    { name: 'a report typed by hand has no not_recovered', text: SAMPLE },
    { name: 'an empty list says nothing is unknown', base: BUSY, report: { not_recovered: [] } },
  ],
  invalid: [
    {
      name: 'one unread cell of table 三 is one place and one cell',
      base: BUSY,
      report: { not_recovered: ['/applications/new/0'], applications: { new: [null, 6, 0, 1, 3, 2, 52] } },
      errors: [{ messageId: 'unknown', path: '/not_recovered', data: { places: 1, count: 1 } }],
    },
    {
      name: 'a whole unread row counts each of its cells, and a text part is a place but not a cell',
      base: BUSY,
      report: { not_recovered: ['/appeals/reconsideration', '/overview'] },
      errors: [{ messageId: 'unknown', path: '/not_recovered', data: { places: 2, count: 5 } }],
    },
  ],
});
