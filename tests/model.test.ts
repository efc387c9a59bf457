import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as z from 'zod';
import { GENERATED_SCHEMAS } from '../src/config/generated-schemas.js';
import { reportJsonSchema, serialiseJsonSchema } from '../src/model/json-schema.js';
import { describePath } from '../src/model/labels.js';
import { applicationRows, relationsOf, resultLeafRows } from '../src/model/relations.js';
import { reportSchemaOf } from '../src/model/schema.js';
import { fixture, ROOT } from './helpers.js';
import { join } from 'node:path';
import { parse } from 'yaml';

describe('report model', () => {
  for (const [name, build] of Object.entries(GENERATED_SCHEMAS)) {
    it(`the committed schemas/${name}.schema.json is what the zod model generates (run \`npm run schemas\`)`, () => {
      const committed = readFileSync(join(ROOT, `schemas/${name}.schema.json`), 'utf8');
      assert.equal(committed, serialiseJsonSchema(build()));
    });
  }

  it('every property of the JSON Schema carries its Chinese title', () => {
    const untitled: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      if (record.properties) {
        for (const [key, child] of Object.entries(record.properties as Record<string, Record<string, unknown>>)) {
          if (typeof child.title !== 'string' || !/\p{Script=Han}/u.test(child.title)) untitled.push(`${path}/${key}`);
          walk(child, `${path}/${key}`);
        }
      }
      for (const key of ['oneOf', 'anyOf', 'items'])
        if (Array.isArray(record[key])) (record[key] as unknown[]).forEach((c) => walk(c, path));
    };
    walk(reportJsonSchema(), '');
    assert.deepEqual(untitled, []);
  });

  it('table 三 has 25 data rows and 21 result rows in 2021, 23 and 19 in 2019', () => {
    assert.equal(applicationRows('2021').length, 25);
    assert.equal(resultLeafRows('2021').length, 21);
    assert.equal(applicationRows('2019').length, 23);
    assert.equal(resultLeafRows('2019').length, 19);
  });

  it('every row the relations name exists in the schema as a row of the right width', () => {
    for (const [template, schema] of [
      ['2021', reportSchemaOf('2021')],
      ['2019', reportSchemaOf('2019')],
    ] as const) {
      const sample = z.toJSONSchema(schema, { target: 'draft-7' });
      assert.ok(sample);
      for (const relation of relationsOf(template)) {
        for (const pointer of [...relation.left, ...relation.right]) {
          assert.match(describePath(pointer, template), /^表[三四]「.+」「.+」$/, `${template} ${pointer}`);
        }
      }
    }
  });

  it('relations: 7 balance, 7 results-total, 25 row totals and 3 appeal groups in 2021', () => {
    const count = (kind: string) => relationsOf('2021').filter((r) => r.kind === kind).length;
    assert.deepEqual(
      ['applications-balance', 'applications-results-total', 'applications-row-total', 'appeals-total'].map(count),
      [7, 7, 25, 3],
    );
  });

  it('the sample and the fixtures fit the schema of their template', () => {
    for (const name of ['sample-2023.yaml', 'valid/busy-2022.yaml']) {
      const data: unknown = parse(readFileSync(fixture(name), 'utf8'));
      assert.equal(reportSchemaOf('2021').safeParse(data).success, true, name);
    }
  });

  it('labels name cells by table, row and column in the official words', () => {
    assert.equal(
      describePath('/applications/results/withheld/security_stability/4', '2021'),
      '表三「（三）不予公开 3.危及“三安全一稳定”」「法律服务机构」',
    );
    assert.equal(describePath('/appeals/litigation_after_reconsideration/3', '2021'), '表四「行政诉讼 复议后起诉」「尚未审结」');
    assert.equal(
      describePath('/proactive/normative_documents/in_force', '2021'),
      '表二「第二十条第（一）项 行政规范性文件」「现行有效件数」',
    );
    assert.equal(describePath('/problems', '2021'), '五、存在的主要问题及改进情况');
    assert.equal(describePath('/applications/results/other/4', '2019'), '表三「（六）其他处理」「法律服务机构」');
  });
});
