// Writes a generated corpus of reports: agencies over consecutive years, every table relation holding,
// carry-over and documents in force continuing from year to year, texts varying by year, so that every
// cross-year rule runs. A share of the reports can be given one fault each (a total off by one, a
// carry-over that does not continue, a text that states another number than its table, an unknown
// key, a negative count), and a share long narrative texts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small deterministic generator, so a corpus is the same from run to run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const LEAVES_2021 = [
  ['disclosed'],
  ['partially_disclosed'],
  ...[
    'state_secret',
    'prohibited_by_law',
    'security_stability',
    'third_party_rights',
    'internal_affairs',
    'process_information',
    'enforcement_files',
    'inquiry_matters',
  ].map((k) => ['withheld', k]),
  ...['not_held', 'needs_creation', 'still_unclear'].map((k) => ['unavailable', k]),
  ...['petition', 'duplicate', 'publication', 'excessive', 'confirmation'].map((k) => ['not_processed', k]),
  ...['no_correction', 'unpaid_fee', 'other'].map((k) => ['other', k]),
];

const OVERVIEW = [
  '坚持以公开为常态、不公开为例外，明确专人负责政府信息公开工作。',
  '围绕群众关切，重点公开行政许可、行政处罚等执法信息。',
  '完善信息发布前保密审查，规范公开内容和形式。',
  '定期检查门户网站栏目，及时更正失效链接和错别字。',
  '将政务公开纳入年度工作考评，由主要负责人牵头。',
  '加强政策解读，对重要文件同步发布图文解读。',
  '畅通依申请公开渠道，规范受理、办理和答复流程。',
  '对照标准目录梳理公开事项，及时更新公开指南。',
  '组织业务培训，提高工作人员依法公开的能力。',
  '清理过期信息，保持公开内容准确、完整。',
];
const PROBLEMS = [
  '部分栏目更新不够及时。',
  '政策解读形式较为单一。',
  '依申请公开答复文书格式还不统一。',
  '工作人员业务能力有待提高。',
  '新媒体平台发布审核流程不够规范。',
  '公开内容的深度和广度还需拓展。',
];
const REMEDIES = [
  '下一步将建立栏目更新提醒机制。',
  '下一步将丰富图解、视频等解读形式。',
  '下一步将统一答复文书范本。',
  '下一步将开展专题培训。',
  '下一步将落实信息发布三审三校。',
];

const pick = (next, list, n, avoid = []) => {
  // A body's texts change from year to year: at most one sentence is kept from last year's.
  const copy = list.filter((item) => !avoid.slice(1).includes(item));
  const out = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
  return out;
};
const row = (values) => `[${values.join(', ')}]`;

/** A long 总体情况: numbered paragraphs, with dates and ordinals that are not counts, about 6 KB. */
function longOverview(next, year, received) {
  const paragraphs = [];
  for (let k = 1; k <= 24; k++) {
    const sentences = pick(next, OVERVIEW, 3);
    const month = 1 + Math.floor(next() * 12);
    paragraphs.push(`（${k}）${year}年${month}月，${sentences.join('')}第${k}季度工作会议按期召开。`);
  }
  paragraphs.splice(3, 0, `全年新收政府信息公开申请${received}件。`);
  return paragraphs.join('\n  ');
}

/** One fault a reader would make, each caught by a different rule (one of them across years). */
const FAULTS = {
  total: (text) => text.replace(/^( {4}total: \[)(\d+)/m, (_, head, n) => `${head}${Number(n) + 1}`),
  'carried-over': (text) =>
    text.replace(
      /^( {2}carried_over: \[)(\d+)((?:, \d+){5}, )(\d+)\]/m,
      (_, head, n, middle, total) => `${head}${Number(n) + 1}${middle}${Number(total) + 1}]`,
    ),
  claim: (text) => text.replace(/全年新收政府信息公开申请(\d+)件/, (_, n) => `全年新收政府信息公开申请${Number(n) + 3}件`),
  'unknown-key': (text) => text.replace(/^other_matters:/m, 'other_matter:'),
  negative: (text) => text.replace(/^( {2}licensing: )(\d+)/m, (_, head, n) => `${head}-${Number(n) + 1}`),
};
export const FAULT_KINDS = Object.keys(FAULTS);

function report(agency, year, state, next, long) {
  const small = () => (next() < 0.6 ? 0 : Math.floor(next() * 6));
  const leaves = LEAVES_2021.map(() => Array.from({ length: 6 }, small));
  const totalColumns = Array.from({ length: 6 }, (_, c) => leaves.reduce((sum, l) => sum + (l[c] ?? 0), 0));
  /** @type {number[]} */
  const carriedOver = state.carriedForward;
  const carriedForward = Array.from({ length: 6 }, () => (next() < 0.7 ? 0 : Math.floor(next() * 3)));
  const newCols = totalColumns.map((t, c) => {
    const n = t + (carriedForward[c] ?? 0) - (carriedOver[c] ?? 0);
    if (n < 0) carriedForward[c] = (carriedForward[c] ?? 0) - n;
    return Math.max(0, n);
  });
  const withTotal = (cols) => [...cols, cols.reduce((a, b) => a + b, 0)];
  const issued = Math.floor(next() * 4);
  const repealed = Math.min(state.inForce, Math.floor(next() * 2));
  const inForce = state.inForce + issued - repealed;
  state.carriedForward = carriedForward;
  state.inForce = inForce;
  const line = (key, values, indent = 4) => `${' '.repeat(indent)}${key}: ${row(withTotal(values))}`;
  const group = (name) =>
    [
      `    ${name}:`,
      ...LEAVES_2021.map((path, i) => (path[0] === name && path.length === 2 ? line(path[1], leaves[i], 6) : null)).filter(Boolean),
    ].join('\n');
  const received = withTotal(newCols)[6];
  return `template: "2021"
agency: ${agency}
year: ${year}
published: ${year + 1}-01-${String(10 + Math.floor(next() * 15)).padStart(2, '0')}
overview: |
  ${year}年，本机关${(state.overview = pick(next, OVERVIEW, 3, state.overview)).join('')}
  ${long ? longOverview(next, year, received) : `全年新收政府信息公开申请${received}件。`}
proactive:
  regulations: { issued: 0, repealed: 0, in_force: 0 }
  normative_documents: { issued: ${issued}, repealed: ${repealed}, in_force: ${inForce} }
  licensing: ${Math.floor(next() * 2000)}
  punishment: ${Math.floor(next() * 300)}
  enforcement: ${Math.floor(next() * 20)}
  fees: ${(Math.floor(next() * 10000) / 100).toFixed(2)}
applications:
  new: ${row(withTotal(newCols))}
  carried_over: ${row(withTotal(carriedOver))}
  results:
${line('disclosed', leaves[0])}
${line('partially_disclosed', leaves[1])}
${group('withheld')}
${group('unavailable')}
${group('not_processed')}
${group('other')}
${line('total', totalColumns)}
  carried_forward: ${row(withTotal(carriedForward))}
appeals:
  reconsideration: ${row(withTotal([0, 0, 0, 0].map(small)))}
  litigation_direct: ${row(withTotal([0, 0, 0, 0].map(small)))}
  litigation_after_reconsideration: [0, 0, 0, 0, 0]
problems: |
  ${(state.problems = pick(next, PROBLEMS, 2, state.problems)).join('')}${pick(next, REMEDIES, 2).join('')}
other_matters: |
  本年度未收取政府信息公开信息处理费。
`;
}

/**
 * Writes `count` reports into `dir`, one folder per agency with its reports of `years` consecutive years
 * (or, `byYear`, one folder per year with a report of each agency: an agency's reports far apart in path
 * order). `faulty` and `long` are the shares (0 to 1) of reports with one fault and with a long 总体情况,
 * spread evenly. Returns the paths (relative to `dir`) of the reports given a fault.
 */
export function writeCorpus(dir, count, { seed = 1, years = 8, faulty = 0, long = 0, byYear = false } = {}) {
  const folders = new Set();
  const next = random(seed);
  const states = new Map();
  const faultyFiles = [];
  // Evenly spread: report i has a fault when the running share crosses a whole number.
  const every = (share, i) => Math.floor((i + 1) * share) > Math.floor(i * share);
  for (let i = 0; i < count; i++) {
    const agencyIndex = Math.floor(i / years);
    const agency = `示例县第${agencyIndex + 1}号局`;
    const year = 2021 + (i % years);
    const folder = byYear ? String(year) : `agency-${agencyIndex}`;
    if (!folders.has(folder)) mkdirSync(join(dir, folder), { recursive: true });
    folders.add(folder);
    const state = states.get(agencyIndex) ?? { carriedForward: [0, 0, 0, 0, 0, 0], inForce: Math.floor(next() * 40) };
    states.set(agencyIndex, state);
    let text = report(agency, year, state, next, every(long, i));
    const file = join(folder, byYear ? `agency-${agencyIndex}.yaml` : `${year}.yaml`);
    if (every(faulty, i)) {
      const kind = FAULT_KINDS[faultyFiles.length % FAULT_KINDS.length];
      const changed = FAULTS[kind](text);
      if (changed === text) throw new Error(`bench corpus: the ${kind} fault found nothing to change in ${file}`);
      text = changed;
      faultyFiles.push(file);
    }
    writeFileSync(join(dir, file), text);
    // A finished agency's state is not needed again.
    if (i % years === years - 1) states.delete(agencyIndex);
  }
  return faultyFiles;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const [dir, count, faulty, long, layout] = process.argv.slice(2);
  if (!dir || (layout !== undefined && layout !== 'by-agency' && layout !== 'by-year')) {
    console.error(
      'usage: node scripts/bench-corpus.mjs <folder> [count=1000] [share with a fault=0] [share with long texts=0] [by-agency|by-year]',
    );
    process.exit(2);
  }
  const options = { faulty: Number(faulty ?? 0), long: Number(long ?? 0), byYear: layout === 'by-year' };
  const faults = writeCorpus(dir, Number(count ?? 1000), options);
  console.log(`wrote ${count ?? 1000} reports to ${dir}, ${faults.length} with a fault`);
}
