/**
 * The official template of the annual report: every section, table row and column with its
 * Chinese label (verbatim from the template) and an English gloss. The zod schema, the JSON
 * Schema, the labels in diagnostics and the arithmetic relations are all derived from here.
 */

export type TemplateId = '2021' | '2019';
/** Every template, newest first; `defineTemplate` (at the end of this module) adds one. */
export const TEMPLATES: readonly TemplateId[] = [];

/** The template a report declares, or 2021 (the current one) when it declares none that exists. */
export function declaredTemplate(data: unknown): TemplateId {
  const declared = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).template : undefined;
  return TEMPLATES.find((t) => t === declared) ?? '2021';
}

export interface Label {
  readonly zh: string;
  readonly en: string;
}

export interface ColumnSpec extends Label {
  readonly key: string;
}

/**
 * A node of a table's tree: a row of cells, or (with `rows`) a group of rows stored as a mapping of
 * row key to row. A row of a table with `columns` is one array, a number per column; a row with its
 * own `columns` is a mapping of column key to number; a row with neither is one number.
 */
export interface TableNode extends Label {
  readonly key: string;
  /** A group's rows (or groups), in table order. */
  readonly rows?: readonly TableNode[];
  /** A heading over rows named on their own (三、本年度办理结果); the rows of other groups are named under the group's label. */
  readonly heading?: boolean;
  /** The row states the total of the other rows of its group (（七）总计). */
  readonly total?: boolean;
  /** A row's own columns (表二), where the table has none for every row. */
  readonly columns?: readonly ColumnSpec[];
  /** The header of a single-number row. */
  readonly valueLabel?: Label;
  /** The 第二十条 item the row belongs to (表二), e.g. 第二十条第（一）项. */
  readonly item?: string;
  /** `amount` values and `amountColumns` may have decimals, `signedColumns` may be negative; the rest are counts. */
  readonly kind?: 'amount';
  readonly signedColumns?: readonly string[];
  readonly amountColumns?: readonly string[];
}

/** A table row stored as one array, one number per column. */
export interface RowSpec extends TableNode {
  readonly key: string;
}

/** A group of rows under one heading, stored as a mapping of row key to array. */
export interface RowGroupSpec extends TableNode {
  readonly key: string;
  readonly rows: readonly RowSpec[];
}

/** A row of table 二 stored as a mapping of column key to number. */
export interface ProactiveRowSpec extends TableNode {
  readonly key: string;
  /** The 第二十条 item the row belongs to, e.g. 第二十条第（一）项. */
  readonly item: string;
  /** Absent for rows stored as a single number. */
  readonly columns?: readonly ColumnSpec[];
  /** The header of a single-number row. */
  readonly valueLabel?: Label;
  /** `amount` values and `amountColumns` may have decimals, `signedColumns` may be negative; the rest are counts. */
  readonly kind?: 'amount';
  readonly signedColumns?: readonly string[];
  readonly amountColumns?: readonly string[];
}

export const SECTIONS = {
  overview: { zh: '一、总体情况', en: 'I. Overview' },
  proactive: { zh: '二、主动公开政府信息情况', en: 'II. Proactive disclosure' },
  applications: { zh: '三、收到和处理政府信息公开申请情况', en: 'III. Applications received and handled' },
  appeals: { zh: '四、政府信息公开行政复议、行政诉讼情况', en: 'IV. Administrative reconsideration and litigation' },
  problems: { zh: '五、存在的主要问题及改进情况', en: 'V. Main problems and improvements' },
  other_matters: { zh: '六、其他需要报告的事项', en: 'VI. Other matters to report' },
} as const satisfies Record<string, Label>;

export type SectionKey = keyof typeof SECTIONS;
export const SECTION_KEYS = Object.keys(SECTIONS) as SectionKey[];
export const TEXT_SECTION_KEYS = ['overview', 'problems', 'other_matters'] as const satisfies readonly SectionKey[];

export const METADATA = {
  $schema: { zh: 'JSON Schema 地址', en: 'JSON Schema reference' },
  template: { zh: '年报格式', en: 'template' },
  agency: { zh: '发布机关', en: 'publishing body' },
  year: { zh: '报告年度', en: 'report year' },
  published: { zh: '发布日期', en: 'publication date' },
  source: { zh: '发布地址', en: 'where it was published' },
  agency_kind: { zh: '机关类型', en: 'kind of body: department (部门) or government (人民政府)' },
  not_recovered: { zh: '导入时未能读出的部分', en: 'places `import` could not read from the source (JSON Pointers): unknown, not blank' },
} as const satisfies Record<string, Label>;

/** 《条例》第四十九条: departments publish by 1月31日, people's governments by 3月31日 of the next year. */
export const AGENCY_KINDS = ['department', 'government'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** Each template's name, as `defineTemplate` declares it. */
export const TEMPLATE_LABELS: Readonly<Record<TemplateId, Label>> = {} as Record<TemplateId, Label>;

// ---- 表三 ----

export const APPLICANT_COLUMNS: readonly ColumnSpec[] = [
  { key: 'natural_person', zh: '自然人', en: 'natural persons' },
  { key: 'commercial', zh: '商业企业', en: 'commercial enterprises' },
  { key: 'research', zh: '科研机构', en: 'research institutions' },
  { key: 'nonprofit', zh: '社会公益组织', en: 'public-interest organisations' },
  { key: 'legal_services', zh: '法律服务机构', en: 'legal service providers' },
  { key: 'other', zh: '其他', en: 'others' },
  { key: 'total', zh: '总计', en: 'total' },
];
/** Index of the 总计 column in a table 三 row. */
export const APPLICANT_TOTAL = APPLICANT_COLUMNS.length - 1;

export const APPLICATION_TOP_ROWS = {
  new: { key: 'new', zh: '一、本年新收政府信息公开申请数量', en: 'new applications this year' },
  carried_over: { key: 'carried_over', zh: '二、上年结转政府信息公开申请数量', en: 'carried over from last year' },
  carried_forward: { key: 'carried_forward', zh: '四、结转下年度继续办理', en: 'carried forward to next year' },
} as const satisfies Record<string, RowSpec>;

export const RESULTS_LABEL: Label = { zh: '三、本年度办理结果', en: 'results this year' };

export const RESULT_SINGLE_ROWS = {
  disclosed: { key: 'disclosed', zh: '（一）予以公开', en: 'disclosed' },
  partially_disclosed: {
    key: 'partially_disclosed',
    zh: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    en: 'partially disclosed',
  },
  total: { key: 'total', zh: '（七）总计', en: 'total of results', total: true },
} as const satisfies Record<string, RowSpec>;

export const WITHHELD = {
  key: 'withheld',
  zh: '（三）不予公开',
  en: 'withheld',
  rows: [
    { key: 'state_secret', zh: '1.属于国家秘密', en: 'state secret' },
    { key: 'prohibited_by_law', zh: '2.其他法律行政法规禁止公开', en: 'prohibited by other laws' },
    { key: 'security_stability', zh: '3.危及“三安全一稳定”', en: 'endangers security or stability' },
    { key: 'third_party_rights', zh: '4.保护第三方合法权益', en: 'third-party rights' },
    { key: 'internal_affairs', zh: '5.属于三类内部事务信息', en: 'internal affairs' },
    { key: 'process_information', zh: '6.属于四类过程性信息', en: 'process information' },
    { key: 'enforcement_files', zh: '7.属于行政执法案卷', en: 'enforcement case files' },
    { key: 'inquiry_matters', zh: '8.属于行政查询事项', en: 'administrative inquiry matters' },
  ],
} as const satisfies RowGroupSpec;

export const UNAVAILABLE = {
  key: 'unavailable',
  zh: '（四）无法提供',
  en: 'cannot be provided',
  rows: [
    { key: 'not_held', zh: '1.本机关不掌握相关政府信息', en: 'not held' },
    { key: 'needs_creation', zh: '2.没有现成信息需要另行制作', en: 'would need to be created' },
    { key: 'still_unclear', zh: '3.补正后申请内容仍不明确', en: 'still unclear after correction' },
  ],
} as const satisfies RowGroupSpec;

export const NOT_PROCESSED = {
  key: 'not_processed',
  zh: '（五）不予处理',
  en: 'not processed',
  rows: [
    { key: 'petition', zh: '1.信访举报投诉类申请', en: 'petitions and complaints' },
    { key: 'duplicate', zh: '2.重复申请', en: 'duplicate applications' },
    { key: 'publication', zh: '3.要求提供公开出版物', en: 'requests for publications' },
    { key: 'excessive', zh: '4.无正当理由大量反复申请', en: 'excessive repeated applications' },
    { key: 'confirmation', zh: '5.要求行政机关确认或重新出具已获取信息', en: 'requests to confirm or reissue' },
  ],
} as const satisfies RowGroupSpec;

export const OTHER_2021 = {
  key: 'other',
  zh: '（六）其他处理',
  en: 'otherwise handled',
  rows: [
    {
      key: 'no_correction',
      zh: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      en: 'not corrected in time',
    },
    {
      key: 'unpaid_fee',
      zh: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      en: 'fee not paid in time',
    },
    { key: 'other', zh: '3.其他', en: 'other' },
  ],
} as const satisfies RowGroupSpec;

const OTHER_2019 = { key: 'other', zh: '（六）其他处理', en: 'otherwise handled' } as const satisfies RowSpec;

/** The result entries of 三、本年度办理结果 before （七）总计, in table order. */
type ResultEntry = RowSpec | RowGroupSpec;

export function resultEntries(template: TemplateId): readonly ResultEntry[] {
  const results = tableOf(template, 'applications').rows.find((node) => node.key === 'results');
  return (results?.rows ?? []).filter((node) => !node.total);
}

export function isRowGroup(entry: ResultEntry): entry is RowGroupSpec {
  return 'rows' in entry;
}

// ---- 表四 ----

export const APPEAL_COLUMNS: readonly ColumnSpec[] = [
  { key: 'upheld', zh: '结果维持', en: 'upheld' },
  { key: 'corrected', zh: '结果纠正', en: 'corrected' },
  { key: 'other', zh: '其他结果', en: 'other outcome' },
  { key: 'pending', zh: '尚未审结', en: 'pending' },
  { key: 'total', zh: '总计', en: 'total' },
];
export const APPEAL_TOTAL = APPEAL_COLUMNS.length - 1;

export const APPEAL_GROUPS = {
  reconsideration: { key: 'reconsideration', zh: '行政复议', en: 'administrative reconsideration' },
  litigation_direct: { key: 'litigation_direct', zh: '行政诉讼 未经复议直接起诉', en: 'litigation without reconsideration' },
  litigation_after_reconsideration: {
    key: 'litigation_after_reconsideration',
    zh: '行政诉讼 复议后起诉',
    en: 'litigation after reconsideration',
  },
} as const satisfies Record<string, RowSpec>;
export const APPEAL_ROWS: readonly RowSpec[] = Object.values(APPEAL_GROUPS);

// ---- 表二 ----

const ITEM_1 = '第二十条第（一）项';
const ITEM_5 = '第二十条第（五）项';
const ITEM_6 = '第二十条第（六）项';
const ITEM_8 = '第二十条第（八）项';
const ITEM_9 = '第二十条第（九）项';

const DOCUMENT_COLUMNS_2021 = [
  { key: 'issued', zh: '本年制发件数', en: 'issued this year' },
  { key: 'repealed', zh: '本年废止件数', en: 'repealed this year' },
  { key: 'in_force', zh: '现行有效件数', en: 'in force' },
] as const satisfies readonly ColumnSpec[];
const DECISIONS_2021: Label = { zh: '本年处理决定数量', en: 'decisions this year' };

export const PROACTIVE_2021 = {
  regulations: { key: 'regulations', zh: '规章', en: 'regulations', item: ITEM_1, columns: DOCUMENT_COLUMNS_2021 },
  normative_documents: {
    key: 'normative_documents',
    zh: '行政规范性文件',
    en: 'normative documents',
    item: ITEM_1,
    columns: DOCUMENT_COLUMNS_2021,
  },
  licensing: { key: 'licensing', zh: '行政许可', en: 'administrative licensing', item: ITEM_5, valueLabel: DECISIONS_2021 },
  punishment: { key: 'punishment', zh: '行政处罚', en: 'administrative punishment', item: ITEM_6, valueLabel: DECISIONS_2021 },
  enforcement: { key: 'enforcement', zh: '行政强制', en: 'administrative enforcement', item: ITEM_6, valueLabel: DECISIONS_2021 },
  fees: {
    key: 'fees',
    zh: '行政事业性收费',
    en: 'administrative fees',
    item: ITEM_8,
    valueLabel: { zh: '本年收费金额（单位：万元）', en: 'fees collected this year (10,000 yuan)' },
    kind: 'amount',
  },
} as const satisfies Record<string, ProactiveRowSpec>;

const DOCUMENT_COLUMNS_2019 = [
  { key: 'made', zh: '本年新制作数量', en: 'made this year' },
  { key: 'published', zh: '本年新公开数量', en: 'published this year' },
  { key: 'total_published', zh: '对外公开总数量', en: 'total published' },
] as const satisfies readonly ColumnSpec[];
const ITEM_COLUMNS_2019 = [
  { key: 'previous_items', zh: '上一年项目数量', en: 'items last year' },
  { key: 'change', zh: '本年增/减', en: 'change this year' },
  { key: 'decisions', zh: '处理决定数量', en: 'decisions' },
] as const satisfies readonly ColumnSpec[];
const ITEMS_2019 = { columns: ITEM_COLUMNS_2019, signedColumns: ['change'] } as const;

export const PROACTIVE_2019 = {
  regulations: { key: 'regulations', zh: '规章', en: 'regulations', item: ITEM_1, columns: DOCUMENT_COLUMNS_2019 },
  normative_documents: {
    key: 'normative_documents',
    zh: '规范性文件',
    en: 'normative documents',
    item: ITEM_1,
    columns: DOCUMENT_COLUMNS_2019,
  },
  licensing: { key: 'licensing', zh: '行政许可', en: 'administrative licensing', item: ITEM_5, ...ITEMS_2019 },
  other_services: { key: 'other_services', zh: '其他对外管理服务事项', en: 'other external services', item: ITEM_5, ...ITEMS_2019 },
  punishment: { key: 'punishment', zh: '行政处罚', en: 'administrative punishment', item: ITEM_6, ...ITEMS_2019 },
  enforcement: { key: 'enforcement', zh: '行政强制', en: 'administrative enforcement', item: ITEM_6, ...ITEMS_2019 },
  fees: {
    key: 'fees',
    zh: '行政事业性收费',
    en: 'administrative fees',
    item: ITEM_8,
    columns: [ITEM_COLUMNS_2019[0], ITEM_COLUMNS_2019[1]],
    signedColumns: ['change'],
  },
  procurement: {
    key: 'procurement',
    zh: '政府集中采购',
    en: 'government procurement',
    item: ITEM_9,
    columns: [
      { key: 'items', zh: '采购项目数量', en: 'procurement items' },
      { key: 'amount', zh: '采购总金额', en: 'procurement amount' },
    ],
    amountColumns: ['amount'],
  },
} as const satisfies Record<string, ProactiveRowSpec>;

export function proactiveRows(template: TemplateId): readonly ProactiveRowSpec[] {
  return tableOf(template, 'proactive').rows as readonly ProactiveRowSpec[];
}

export const TABLE_NAMES = {
  proactive: { zh: '表二', en: 'Table 二' },
  applications: { zh: '表三', en: 'Table 三' },
  appeals: { zh: '表四', en: 'Table 四' },
} as const satisfies Record<string, Label>;
export type TableKey = keyof typeof TABLE_NAMES;
export const TABLE_KEYS = Object.keys(TABLE_NAMES) as TableKey[];

// ---- The tables of each template, declared once ----

/** A table of a template: its rows as an ordered tree. */
interface TableSpec {
  /** The columns of every row, each row one array (表三, 表四); absent where each row names its own (表二). */
  readonly columns?: readonly ColumnSpec[];
  /** The index of the column that totals the others in each row. */
  readonly totalColumn?: number;
  /** What the published table says of its arithmetic, added to the schema's description. */
  readonly note?: string;
  readonly rows: readonly TableNode[];
}

interface TemplateSpec {
  readonly label: Label;
  readonly tables: Readonly<Record<TableKey, TableSpec>>;
}

const TEMPLATE_SPECS = new Map<TemplateId, TemplateSpec>();

/**
 * Declares a template: its name and the tree of each table. Every consumer (schema, relations, blank
 * report, YAML layout, `show`) maps over `rowsOf`, so a template or a row is declared here and nowhere else.
 */
export function defineTemplate(id: TemplateId, spec: TemplateSpec): void {
  TEMPLATE_SPECS.set(id, spec);
  (TEMPLATE_LABELS as Record<TemplateId, Label>)[id] = spec.label;
  if (!TEMPLATES.includes(id)) (TEMPLATES as TemplateId[]).push(id);
}

export function tableOf(template: TemplateId, table: TableKey): TableSpec {
  const spec = TEMPLATE_SPECS.get(template);
  if (!spec) throw new Error(`unknown template ${template}`);
  return spec.tables[table];
}

/** One node of a table as `rowsOf` walks it. */
export interface TableEntry {
  readonly table: TableKey;
  /** JSON Pointer of the node in a report: /applications/results/withheld/state_secret. */
  readonly pointer: string;
  /** The keys from the table down to the node: ['results', 'withheld', 'state_secret']. */
  readonly keyPath: readonly string[];
  /** The node's own label, as printed in its line of the table. */
  readonly label: Label;
  /** The label that names the node on its own: a grouped row under its group's label (（三）不予公开 1.属于国家秘密). */
  readonly title: Label;
  /** 0 for the table's top rows, one more under each group. */
  readonly depth: number;
  readonly kind: 'row' | 'group';
  /** How a row's cells are stored; undefined for a group. */
  readonly cells?: 'array' | 'mapping' | 'value';
  /** The columns of a row stored as an array or mapping. */
  readonly columns?: readonly ColumnSpec[];
  readonly node: TableNode;
  /** The group the node is in, if any. */
  readonly parent?: TableEntry;
}

/** The entries of each table, walked once: every rule, format and reader maps over them. */
const entriesOfTable = new WeakMap<TableSpec, readonly TableEntry[]>();

/** Every node of a table, in table order, each group before its rows. */
export function rowsOf(template: TemplateId, table: TableKey): readonly TableEntry[] {
  const spec = tableOf(template, table);
  let entries = entriesOfTable.get(spec);
  if (!entries) entriesOfTable.set(spec, (entries = [...walkTable(spec, table)]));
  return entries;
}

function* walkTable(spec: TableSpec, table: TableKey): Generator<TableEntry> {
  function* walk(nodes: readonly TableNode[], parent: TableEntry | undefined): Generator<TableEntry> {
    for (const node of nodes) {
      const keyPath = [...(parent?.keyPath ?? []), node.key];
      const named = parent && !parent.node.heading;
      const title = named ? { zh: `${parent.title.zh} ${node.zh}`, en: `${parent.title.en}: ${node.en}` } : { zh: node.zh, en: node.en };
      const base = {
        table,
        pointer: `/${table}/${keyPath.join('/')}`,
        keyPath,
        label: { zh: node.zh, en: node.en },
        title,
        depth: keyPath.length - 1,
        node,
      };
      const withParent = parent ? { parent } : {};
      if (node.rows) {
        const entry: TableEntry = { ...base, kind: 'group', ...withParent };
        yield entry;
        yield* walk(node.rows, entry);
      } else {
        const columns = spec.columns ?? node.columns;
        const cells = spec.columns ? 'array' : node.columns ? 'mapping' : 'value';
        yield { ...base, kind: 'row', cells, ...(columns ? { columns } : {}), ...withParent };
      }
    }
  }
  yield* walk(spec.rows, undefined);
}

const RESULTS = (other: TableNode): TableNode => ({
  key: 'results',
  ...RESULTS_LABEL,
  heading: true,
  rows: [
    RESULT_SINGLE_ROWS.disclosed,
    RESULT_SINGLE_ROWS.partially_disclosed,
    WITHHELD,
    UNAVAILABLE,
    NOT_PROCESSED,
    other,
    RESULT_SINGLE_ROWS.total,
  ],
});

const applicationsTable = (other: TableNode): TableSpec => ({
  columns: APPLICANT_COLUMNS,
  totalColumn: APPLICANT_TOTAL,
  note: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  rows: [APPLICATION_TOP_ROWS.new, APPLICATION_TOP_ROWS.carried_over, RESULTS(other), APPLICATION_TOP_ROWS.carried_forward],
});

const APPEALS_TABLE: TableSpec = { columns: APPEAL_COLUMNS, totalColumn: APPEAL_TOTAL, rows: APPEAL_ROWS };

defineTemplate('2021', {
  label: { zh: '国办公开办函〔2021〕30号', en: 'the 2021 template (国办公开办函〔2021〕30号)' },
  tables: { proactive: { rows: Object.values(PROACTIVE_2021) }, applications: applicationsTable(OTHER_2021), appeals: APPEALS_TABLE },
});

defineTemplate('2019', {
  label: { zh: '国办公开办函〔2019〕60号', en: 'the 2019 template (国办公开办函〔2019〕60号)' },
  tables: { proactive: { rows: Object.values(PROACTIVE_2019) }, applications: applicationsTable(OTHER_2019), appeals: APPEALS_TABLE },
});
