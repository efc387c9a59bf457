import * as z from 'zod';
import { reportSchema } from './schema.js';

/** The JSON Schema of a report, generated from the zod schema; committed as schemas/report.schema.json. */
export function reportJsonSchema(): Record<string, unknown> {
  // draft-07 is what editors (yaml-language-server, VS Code) understand best.
  const generated = z.toJSONSchema(reportSchema(), { target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    title: '政府信息公开工作年度报告',
    description: 'A government information-disclosure annual report in the gov-report format (report-format.md)',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}

export function serialiseJsonSchema(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
