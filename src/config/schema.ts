import * as z from 'zod';
import { RULES } from '../rules/index.js';

export const CONFIG_FILE_NAMES = ['.gov-report.yaml', '.gov-report.yml', '.gov-report.json'] as const;

/** How a rule is set in a config or with --rule; `warn` is the familiar short form of `warning`. */
export const SEVERITY_SETTINGS = ['off', 'warn', 'warning', 'error'] as const;
export type SeverityWord = (typeof SEVERITY_SETTINGS)[number];

const buildConfigSchema = () => {
  const rules = z
    .record(z.string(), z.enum(SEVERITY_SETTINGS))
    .meta({ title: '规则设置', description: 'rule id → off | warn | error; rule ids are checked against the rule list' });
  const globs = (description: string) => z.array(z.string().min(1)).meta({ description });
  return z
    .strictObject({
      $schema: z.string().optional().meta({ description: 'JSON Schema reference, for editors' }),
      root: z.boolean().optional().meta({ description: 'stop looking for configs in parent folders' }),
      rules: rules.optional(),
      ignores: globs('files not to lint: globs relative to this config file (`drafts/**`)').optional(),
      overrides: z
        .array(
          z.strictObject({
            files: globs('globs relative to this config file').min(1),
            rules,
          }),
        )
        .optional()
        .meta({ description: 'rule settings for some files only; later overrides win' }),
    })
    .meta({ title: 'gov-report 配置', description: 'gov-report configuration (.gov-report.yaml / .gov-report.json)' });
};

let built: ReturnType<typeof buildConfigSchema> | undefined;

/** Built on first use: most lints find no config file, and zod schemas are costly to build. */
export function configSchema(): ReturnType<typeof buildConfigSchema> {
  return (built ??= buildConfigSchema());
}

/** The config's JSON Schema; rule ids are listed so editors complete them. */
export function configJsonSchema(ruleIds: readonly string[] = RULES.map((rule) => rule.id)): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema(), { target: 'draft-7' }) as Record<string, unknown>;
  const listRuleIds = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.title === '规则设置') record.propertyNames = { enum: [...ruleIds] };
    for (const value of Object.values(record)) listRuleIds(value);
  };
  listRuleIds(schema);
  return schema;
}
