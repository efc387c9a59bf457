import * as z from 'zod';
import {
  AGENCY_KINDS,
  declaredTemplate,
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICATION_TOP_ROWS,
  type ColumnSpec,
  type Label,
  METADATA,
  NOT_PROCESSED,
  OTHER_2019,
  OTHER_2021,
  PROACTIVE_2019,
  PROACTIVE_2021,
  type ProactiveRowSpec,
  RESULT_SINGLE_ROWS,
  RESULTS_LABEL,
  type RowGroupSpec,
  type RowSpec,
  SECTIONS,
  TEMPLATE_LABELS,
  type TemplateId,
  UNAVAILABLE,
  WITHHELD,
} from './template.js';

/** Title is the official Chinese label (editors show it on hover); description adds the English. */
function labelled<T extends z.ZodType>(schema: T, label: Label, detail?: string): T {
  return schema.meta({ title: label.zh, description: detail ? `${label.en} — ${detail}` : label.en });
}

const BLANK = 'null when the published cell is blank, “/” or “—”';
const count = () => z.number().int().nonnegative();
const amount = () => z.number().nonnegative();
const signedCount = () => z.number().int();
type CellSchema = z.ZodNullable<z.ZodNumber>;

type CellKind = 'count' | 'amount' | 'signed';
const BASES: Record<CellKind, () => z.ZodNumber> = { count, amount, signed: signedCount };
// Cells of one column are alike in every row: sharing them keeps start-up cheap (zod schemas are costly to build).
const cells = new Map<string, CellSchema>();

function cell(kind: CellKind, column: Label): CellSchema {
  const key = `${kind} ${column.zh}`;
  let schema = cells.get(key);
  if (!schema) cells.set(key, (schema = labelled(BASES[kind]().nullable(), column, BLANK)));
  return schema;
}

type Seven<T> = [T, T, T, T, T, T, T];
type Five<T> = [T, T, T, T, T];

function tupleOf<T extends [CellSchema, ...CellSchema[]]>(columns: readonly ColumnSpec[], label: Label): z.ZodTuple<T, null> {
  const row = columns.map((column) => cell('count', column)) as T;
  return labelled(z.tuple(row), label, `one number per column: ${columns.map((c) => c.zh).join('、')}`);
}

const applicantRow = (label: Label) => tupleOf<Seven<CellSchema>>(APPLICANT_COLUMNS, label);
const appealRow = (label: Label) => tupleOf<Five<CellSchema>>(APPEAL_COLUMNS, label);
type ApplicantRowSchema = ReturnType<typeof applicantRow>;

function rowGroup<const G extends RowGroupSpec>(group: G) {
  const shape = Object.fromEntries(
    group.rows.map((r: RowSpec) => [r.key, applicantRow({ zh: `${group.zh} ${r.zh}`, en: `${group.en}: ${r.en}` })]),
  ) as { [K in G['rows'][number]['key']]: ApplicantRowSchema };
  return labelled(z.strictObject(shape), group);
}

function proactiveLabel(spec: ProactiveRowSpec): Label {
  return { zh: `${spec.item} ${spec.zh}`, en: spec.en };
}

function proactiveValue(spec: ProactiveRowSpec): CellSchema {
  const valueLabel = spec.valueLabel ?? spec;
  const base = spec.kind === 'amount' ? amount() : count();
  return labelled(base.nullable(), { zh: `${proactiveLabel(spec).zh} ${valueLabel.zh}`, en: `${spec.en}: ${valueLabel.en}` }, BLANK);
}

type ColumnsOf<S> = S extends { columns: readonly { key: infer K extends string }[] } ? K : never;

function proactiveColumns<const S extends ProactiveRowSpec>(spec: S) {
  const shape: Record<string, CellSchema> = {};
  for (const column of spec.columns ?? []) {
    const signed = spec.signedColumns?.includes(column.key) ?? false;
    const decimal = spec.amountColumns?.includes(column.key) ?? false;
    shape[column.key] = cell(signed ? 'signed' : decimal ? 'amount' : 'count', column);
  }
  return labelled(z.strictObject(shape as { [K in ColumnsOf<S>]: CellSchema }), proactiveLabel(spec));
}

const proactive2021 = () =>
  labelled(
  z.strictObject({
    regulations: proactiveColumns(PROACTIVE_2021.regulations),
    normative_documents: proactiveColumns(PROACTIVE_2021.normative_documents),
    licensing: proactiveValue(PROACTIVE_2021.licensing),
    punishment: proactiveValue(PROACTIVE_2021.punishment),
    enforcement: proactiveValue(PROACTIVE_2021.enforcement),
    fees: proactiveValue(PROACTIVE_2021.fees),
  }),
  SECTIONS.proactive,
);

const proactive2019 = () =>
  labelled(
  z.strictObject({
    regulations: proactiveColumns(PROACTIVE_2019.regulations),
    normative_documents: proactiveColumns(PROACTIVE_2019.normative_documents),
    licensing: proactiveColumns(PROACTIVE_2019.licensing),
    other_services: proactiveColumns(PROACTIVE_2019.other_services),
    punishment: proactiveColumns(PROACTIVE_2019.punishment),
    enforcement: proactiveColumns(PROACTIVE_2019.enforcement),
    fees: proactiveColumns(PROACTIVE_2019.fees),
    procurement: proactiveColumns(PROACTIVE_2019.procurement),
  }),
  SECTIONS.proactive,
);

function applicationsTable<O extends z.ZodType>(other: O) {
  return labelled(
    z.strictObject({
      new: applicantRow(APPLICATION_TOP_ROWS.new),
      carried_over: applicantRow(APPLICATION_TOP_ROWS.carried_over),
      results: labelled(
        z.strictObject({
          disclosed: applicantRow(RESULT_SINGLE_ROWS.disclosed),
          partially_disclosed: applicantRow(RESULT_SINGLE_ROWS.partially_disclosed),
          withheld: rowGroup(WITHHELD),
          unavailable: rowGroup(UNAVAILABLE),
          not_processed: rowGroup(NOT_PROCESSED),
          other,
          total: applicantRow(RESULT_SINGLE_ROWS.total),
        }),
        RESULTS_LABEL,
      ),
      carried_forward: applicantRow(APPLICATION_TOP_ROWS.carried_forward),
    }),
    SECTIONS.applications,
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  );
}

const appeals = () =>
  labelled(
  z.strictObject({
    reconsideration: appealRow(APPEAL_GROUPS.reconsideration),
    litigation_direct: appealRow(APPEAL_GROUPS.litigation_direct),
    litigation_after_reconsideration: appealRow(APPEAL_GROUPS.litigation_after_reconsideration),
  }),
  SECTIONS.appeals,
);

const text = (label: Label) => labelled(z.string().nullable(), label);

function reportShape<T extends TemplateId, P extends z.ZodType, A extends z.ZodType>(template: T, proactive: P, applications: A) {
  return labelled(
    z.strictObject({
      $schema: labelled(z.string(), METADATA.$schema).optional(),
      template: labelled(z.literal(template), METADATA.template, TEMPLATE_LABELS[template].en),
      agency: labelled(z.string().min(1), METADATA.agency),
      year: labelled(z.number().int().min(2000).max(2100), METADATA.year),
      published: labelled(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), METADATA.published, 'YYYY-MM-DD').optional(),
      source: labelled(z.string(), METADATA.source).optional(),
      agency_kind: labelled(z.enum(AGENCY_KINDS), METADATA.agency_kind, 'inferred from the agency name when absent').optional(),
      not_recovered: labelled(z.array(z.string().regex(/^\//)), METADATA.not_recovered, 'written by `gov-report import`').optional(),
      overview: text(SECTIONS.overview),
      proactive,
      applications,
      appeals: appeals(),
      problems: text(SECTIONS.problems),
      other_matters: text(SECTIONS.other_matters),
    }),
    {
      zh: `政府信息公开工作年度报告（${TEMPLATE_LABELS[template].zh}）`,
      en: `Government information disclosure annual report on ${TEMPLATE_LABELS[template].en}`,
    },
  );
}

const build2021 = () => reportShape('2021', proactive2021(), applicationsTable(rowGroup(OTHER_2021)));
const build2019 = () => reportShape('2019', proactive2019(), applicationsTable(applicantRow(OTHER_2019)));

export type Report2021Schema = ReturnType<typeof build2021>;
export type Report2019Schema = ReturnType<typeof build2019>;
export type Report2021 = z.infer<Report2021Schema>;
export type Report2019 = z.infer<Report2019Schema>;
export type Report = Report2021 | Report2019;

// Built on first use: a run over 2021 reports never pays for the 2019 schema.
let schema2021: Report2021Schema | undefined;
let schema2019: Report2019Schema | undefined;

export function reportSchemaOf(template: '2021'): Report2021Schema;
export function reportSchemaOf(template: '2019'): Report2019Schema;
export function reportSchemaOf(template: TemplateId): Report2021Schema | Report2019Schema;
export function reportSchemaOf(template: TemplateId): Report2021Schema | Report2019Schema {
  if (template === '2019') return (schema2019 ??= build2019());
  return (schema2021 ??= build2021());
}

/** The published shape of a report: either template, told apart by `template`. */
export function reportSchema() {
  return z.discriminatedUnion('template', [reportSchemaOf('2021'), reportSchemaOf('2019')]);
}

/** The schema a report is checked against: its declared template, or 2021 when that is unusable. */
export function schemaForData(data: unknown): Report2021Schema | Report2019Schema {
  return reportSchemaOf(declaredTemplate(data));
}

/**
 * zod compiles a schema to a function the first time it checks with it: worth it over many reports,
 * a few milliseconds lost on one (a pre-commit run). Call before the first check of a small run.
 */
export function checkWithoutCompiling(): void {
  z.config({ jitless: true });
}
