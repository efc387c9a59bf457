import { reportJsonSchema } from '../model/json-schema.js';
import { configJsonSchema } from './schema.js';

/** The JSON Schemas generated from zod models, by name: committed as schemas/<name>.schema.json. */
export const GENERATED_SCHEMAS = {
  report: reportJsonSchema,
  config: configJsonSchema,
} as const satisfies Record<string, () => Record<string, unknown>>;
