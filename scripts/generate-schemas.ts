// Writes the JSON Schemas generated from the zod model into schemas/. A test fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { GENERATED_SCHEMAS } from '../src/config/generated-schemas.js';
import { serialiseJsonSchema } from '../src/model/json-schema.js';

mkdirSync(new URL('../schemas/', import.meta.url), { recursive: true });
for (const [name, build] of Object.entries(GENERATED_SCHEMAS)) {
  writeFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), serialiseJsonSchema(build()));
  console.log(`wrote schemas/${name}.schema.json`);
}
