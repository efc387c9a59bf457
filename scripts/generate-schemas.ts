// Writes the JSON Schemas generated from the zod model into schemas/. A test fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { reportJsonSchema, serialiseJsonSchema } from '../src/model/json-schema.js';

mkdirSync(new URL('../schemas/', import.meta.url), { recursive: true });
writeFileSync(new URL('../schemas/report.schema.json', import.meta.url), serialiseJsonSchema(reportJsonSchema()));
console.log('wrote schemas/report.schema.json');
