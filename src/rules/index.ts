import type { Rule } from '../engine/types.js';
import { appealsTotal } from './appeals-total.js';
import { applicationsBalance } from './applications-balance.js';
import { applicationsResultsTotal } from './applications-results-total.js';
import { applicationsRowTotal } from './applications-row-total.js';
import { blankCell } from './blank-cell.js';
import { carryoverContinuity } from './carryover-continuity.js';
import { disableDirective } from './disable-directive.js';
import { duplicateReport } from './duplicate-report.js';
import { duplicateText } from './duplicate-text.js';
import { encoding } from './encoding.js';
import { feeStatement } from './fee-statement.js';
import { governmentAssessment } from './government-assessment.js';
import { inForceContinuity } from './in-force-continuity.js';
import { narrativeConsistency } from './narrative-consistency.js';
import { notRecovered } from './not-recovered.js';
import { parseRule } from './parse.js';
import { placeholderText } from './placeholder-text.js';
import { problemsStatement } from './problems-statement.js';
import { publicationDeadline } from './publication-deadline.js';
import { reportYear } from './report-year.js';
import { requiredSections } from './required-sections.js';
import { schemaRule } from './schema.js';
import { templateVersion } from './template-version.js';

/** Every rule, in the order of the rule catalogue. */
export const RULES: readonly Rule[] = [
  parseRule,
  encoding,
  schemaRule,
  blankCell,
  notRecovered,
  applicationsBalance,
  applicationsResultsTotal,
  applicationsRowTotal,
  appealsTotal,
  requiredSections,
  problemsStatement,
  templateVersion,
  reportYear,
  placeholderText,
  feeStatement,
  governmentAssessment,
  narrativeConsistency,
  publicationDeadline,
  // across reports
  carryoverContinuity,
  inForceContinuity,
  duplicateText,
  duplicateReport,
  disableDirective,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
