import type { Report } from './schema.js';
import {
  APPEAL_COLUMNS,
  APPEAL_ROWS,
  APPLICANT_COLUMNS,
  APPLICATION_TOP_ROWS,
  isRowGroup,
  proactiveRows,
  RESULT_SINGLE_ROWS,
  resultEntries,
  type TemplateId,
  TEXT_SECTION_KEYS,
} from './template.js';

export interface BlankReportFields {
  readonly agency: string;
  readonly year: number;
  readonly published?: string;
}

const zeros = (count: number) => Array.from({ length: count }, () => 0);

/** A complete report of the template with every cell 0 and every text part empty. */
export function blankReport(template: TemplateId, fields: BlankReportFields): Report {
  const applicantRow = () => zeros(APPLICANT_COLUMNS.length);
  const proactive = Object.fromEntries(
    proactiveRows(template).map((spec) => [spec.key, spec.columns ? Object.fromEntries(spec.columns.map((c) => [c.key, 0])) : 0]),
  );
  const results = Object.fromEntries([
    ...resultEntries(template).map((entry) => [
      entry.key,
      isRowGroup(entry) ? Object.fromEntries(entry.rows.map((row) => [row.key, applicantRow()])) : applicantRow(),
    ]),
    [RESULT_SINGLE_ROWS.total.key, applicantRow()],
  ]);
  const text = Object.fromEntries(TEXT_SECTION_KEYS.map((key) => [key, '']));
  const report = {
    template,
    agency: fields.agency,
    year: fields.year,
    ...(fields.published !== undefined ? { published: fields.published } : {}),
    overview: text.overview,
    proactive,
    applications: {
      [APPLICATION_TOP_ROWS.new.key]: applicantRow(),
      [APPLICATION_TOP_ROWS.carried_over.key]: applicantRow(),
      results,
      [APPLICATION_TOP_ROWS.carried_forward.key]: applicantRow(),
    },
    appeals: Object.fromEntries(APPEAL_ROWS.map((row) => [row.key, zeros(APPEAL_COLUMNS.length)])),
    problems: text.problems,
    other_matters: text.other_matters,
  };
  return report as unknown as Report;
}
