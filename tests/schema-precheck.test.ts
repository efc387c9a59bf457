import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod';
import { parseReport } from '../src/load/parse.js';
import { reportSchemaOf } from '../src/model/schema.js';
import { conforms, shapeOfSchema } from '../src/model/schema-precheck.js';
import { TEMPLATES } from '../src/model/template.js';
import { writeCorpus } from '../scripts/bench-corpus.mjs';
import { BUSY, filesUnder, ROOT, SAMPLE, scratchFolder } from './helpers.js';

const shapes = new Map(TEMPLATES.map((t) => [t, shapeOfSchema(reportSchemaOf(t))]));

/** The quick check never accepts what zod refuses; it refuses what zod refuses. Returns zod's verdict. */
function agreesWithZod(name: string, data: unknown): boolean {
  let accepted = false;
  for (const template of TEMPLATES) {
    const byZod = reportSchemaOf(template).safeParse(data).success;
    assert.equal(conforms(shapes.get(template)!, data), byZod, `${name} against the ${template} schema`);
    accepted ||= byZod;
  }
  return accepted;
}

const dataOf = (text: string) => parseReport('test.yaml', text).data;

/** Every path to a value in the data. */
function pathsOf(data: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(data)) return [path, ...data.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (typeof data === 'object' && data !== null)
    return [path, ...Object.entries(data).flatMap(([key, value]) => pathsOf(value, [...path, key]))];
  return [path];
}

function replaced(data: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(data)) return (data as unknown[]).map((item, i) => (i === head ? replaced(item, rest, value) : item));
  const record = data as Record<string, unknown>;
  const copy = { ...record, [head!]: replaced(record[head!], rest, value) };
  if (value === REMOVE && rest.length === 0) delete copy[head!];
  return copy;
}

const REMOVE = Symbol('remove');

describe('the quick schema check says what zod says', () => {
  const scratch = scratchFolder('gov-report-precheck-');

  it('reads every template of the zod schema', () => {
    for (const template of TEMPLATES) assert.ok(shapes.get(template), `the ${template} schema has something the quick check does not know`);
  });

  it('on the fixtures and on generated reports', () => {
    writeCorpus(scratch.path(), 24, { faulty: 0.5 });
    let accepted = 0;
    for (const file of [...filesUnder(join(ROOT, 'fixtures'), /\.ya?ml$/), ...filesUnder(scratch.path(), /\.ya?ml$/)]) {
      if (agreesWithZod(file, dataOf(readFileSync(file, 'utf8')))) accepted++;
    }
    assert.ok(accepted > 20, `zod accepted only ${accepted} reports`);
  });

  it('on any value put anywhere in a report', () => {
    const values = fc.oneof(
      fc.constantFrom(
        REMOVE,
        null,
        undefined,
        0,
        -1,
        1.5,
        -0,
        2 ** 53,
        Number.NaN,
        Infinity,
        '',
        '0',
        '2023',
        'x',
        true,
        [],
        {},
        [0, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
        { extra: 1 },
      ),
      fc.integer({ min: -5, max: 3000 }),
      fc.string({ maxLength: 4 }),
    );
    const reports = [SAMPLE, BUSY].map(dataOf);
    fc.assert(
      fc.property(fc.constantFrom(...reports), fc.nat(), values, fc.constantFrom('', 'extra_key'), (data, pick, value, extraKey) => {
        const paths = pathsOf(data);
        const path = paths[pick % paths.length]!;
        let changed = replaced(data, path, value);
        if (extraKey && typeof changed === 'object' && changed !== null && !Array.isArray(changed)) changed = { ...changed, [extraKey]: 1 };
        agreesWithZod(`${JSON.stringify(path)} = ${JSON.stringify(value) ?? typeof value}`, changed);
      }),
      { numRuns: 3000, seed: 13 },
    );
  });

  it('refuses what zod refuses in a schema of its own making', () => {
    const schema = z.strictObject({
      a: z.number().int().min(1).max(3),
      b: z.string().min(2).regex(/^x/).optional(),
      c: z.tuple([z.literal('k'), z.enum(['p', 'q']).nullable()]),
    });
    const shape = shapeOfSchema(schema)!;
    const cases: unknown[] = [
      { a: 2, c: ['k', 'p'] },
      { a: 2, b: 'xy', c: ['k', null] },
      { a: 0, c: ['k', 'p'] },
      { a: 4, c: ['k', 'p'] },
      { a: 2.5, c: ['k', 'p'] },
      { a: 2, b: 'x', c: ['k', 'p'] },
      { a: 2, b: 'yy', c: ['k', 'p'] },
      { a: 2, c: ['j', 'p'] },
      { a: 2, c: ['k', 'r'] },
      { a: 2, c: ['k'] },
      { a: 2, c: ['k', 'p'], d: 1 },
      { c: ['k', 'p'] },
    ];
    for (const value of cases) assert.equal(conforms(shape, value), schema.safeParse(value).success, JSON.stringify(value));
    assert.equal(shapeOfSchema(z.object({ a: z.string().email() })), undefined, 'a check it does not know');
    assert.equal(shapeOfSchema(z.object({ a: z.string() }).refine(() => true)), undefined, 'a refinement');
  });
});
