import * as z from 'zod';
import {
  AGENCY_KINDS,
  declaredTemplate,
  type ColumnSpec,
  type Label,
  METADATA,
  rowsOf,
  SECTIONS,
  TABLE_KEYS,
  type TableEntry,
  type TableKey,
  tableOf,
  TEMPLATE_LABELS,
  TEMPLATES,
  type TemplateId,
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

function tupleOf(columns: readonly ColumnSpec[], label: Label): z.ZodType {
  const row = columns.map((column) => cell('count', column)) as [CellSchema, ...CellSchema[]];
  return labelled(z.tuple(row), label, `one number per column: ${columns.map((c) => c.zh).join('、')}`);
}

/** A 表二 row is named with its 第二十条 item. */
function proactiveLabel(entry: TableEntry): Label {
  return entry.node.item === undefined ? entry.title : { zh: `${entry.node.item} ${entry.title.zh}`, en: entry.title.en };
}

function valueOf(entry: TableEntry): CellSchema {
  const spec = entry.node;
  const valueLabel = spec.valueLabel ?? spec;
  const base = spec.kind === 'amount' ? amount() : count();
  return labelled(base.nullable(), { zh: `${proactiveLabel(entry).zh} ${valueLabel.zh}`, en: `${spec.en}: ${valueLabel.en}` }, BLANK);
}

function mappingOf(entry: TableEntry): z.ZodType {
  const spec = entry.node;
  const shape: Record<string, CellSchema> = {};
  for (const column of entry.columns ?? []) {
    const signed = spec.signedColumns?.includes(column.key) ?? false;
    const decimal = spec.amountColumns?.includes(column.key) ?? false;
    shape[column.key] = cell(signed ? 'signed' : decimal ? 'amount' : 'count', column);
  }
  return labelled(z.strictObject(shape), proactiveLabel(entry));
}

/** The schema of a table: a map over its tree, each group a strict mapping of its rows. */
function tableSchema(template: TemplateId, table: TableKey): z.ZodType {
  const shapes = new Map<TableEntry | undefined, Record<string, z.ZodType>>([[undefined, {}]]);
  const groups: TableEntry[] = [];
  for (const entry of rowsOf(template, table)) {
    const shape = shapes.get(entry.parent)!;
    if (entry.kind === 'group') {
      shapes.set(entry, {});
      groups.push(entry);
      shape[entry.node.key] = z.never(); // keeps the table's order; the group's schema is set below
    } else if (entry.cells === 'array') shape[entry.node.key] = tupleOf(entry.columns!, entry.title);
    else if (entry.cells === 'mapping') shape[entry.node.key] = mappingOf(entry);
    else shape[entry.node.key] = valueOf(entry);
  }
  // Innermost groups first, so that each group's rows are complete when it is built.
  for (const group of groups.reverse()) {
    shapes.get(group.parent)![group.node.key] = labelled(z.strictObject(shapes.get(group)!), group.label);
  }
  return labelled(z.strictObject(shapes.get(undefined)!), SECTIONS[table], tableOf(template, table).note);
}

const text = (label: Label) => labelled(z.string().nullable(), label);

function reportShape(template: TemplateId) {
  const tables = Object.fromEntries(TABLE_KEYS.map((table) => [table, tableSchema(template, table)])) as Record<TableKey, z.ZodType>;
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
      proactive: tables.proactive,
      applications: tables.applications,
      appeals: tables.appeals,
      problems: text(SECTIONS.problems),
      other_matters: text(SECTIONS.other_matters),
    }),
    {
      zh: `政府信息公开工作年度报告（${TEMPLATE_LABELS[template].zh}）`,
      en: `Government information disclosure annual report on ${TEMPLATE_LABELS[template].en}`,
    },
  );
}

export type ReportSchema = ReturnType<typeof reportShape>;
/** A report as plain data: the tables' shape is the template's (see `rowsOf`). */
export type Report = z.infer<ReportSchema>;

// Built on first use: a run over 2021 reports never pays for the 2019 schema.
const schemas = new Map<TemplateId, ReportSchema>();

/** Whether zod checks without compiling (checkWithoutCompiling); told to zod when the first schema is built. */
let withoutCompiling = false;

export function reportSchemaOf(template: TemplateId): ReportSchema {
  let schema = schemas.get(template);
  if (!schema) {
    if (withoutCompiling && schemas.size === 0) z.config({ jitless: true });
    schemas.set(template, (schema = reportShape(template)));
  }
  return schema;
}

/** The published shape of a report: any template, told apart by `template`. */
export function reportSchema() {
  const [first, ...rest] = TEMPLATES.map(reportSchemaOf);
  return z.discriminatedUnion('template', [first!, ...rest]);
}

/** The schema a report is checked against: its declared template, or 2021 when that is unusable. */
export function schemaForData(data: unknown): ReportSchema {
  return reportSchemaOf(declaredTemplate(data));
}

/**
 * zod compiles a schema to a function the first time it checks with it: worth it over many reports,
 * a few milliseconds lost on one (a pre-commit run). Call before the first check of a small run. zod is
 * told when the first schema is built: a run of conforming reports never loads it.
 */
export function checkWithoutCompiling(): void {
  withoutCompiling = true;
  if (schemas.size > 0) z.config({ jitless: true });
}
