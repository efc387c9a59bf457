import type { Command } from 'commander';
import { GENERATED_SCHEMAS } from '../../config/generated-schemas.js';
import { serialiseJsonSchema } from '../../model/json-schema.js';
import { type CliIo, EXIT_CLEAN, UsageError } from '../io.js';

type SchemaName = keyof typeof GENERATED_SCHEMAS;

const SCHEMA_NAMES = Object.keys(GENERATED_SCHEMAS) as SchemaName[];

const isSchemaName = (name: string): name is SchemaName => (SCHEMA_NAMES as string[]).includes(name);

/** Prints the same bytes as the committed schemas/<name>.schema.json. */
function schemaCommand(name: string, io: CliIo): number {
  if (!isSchemaName(name)) {
    throw new UsageError({
      en: `unknown schema "${name}" (available: ${SCHEMA_NAMES.join(', ')})`,
      'zh-CN': `没有名为 "${name}" 的 schema（可用：${SCHEMA_NAMES.join('、')}）`,
    });
  }
  io.stdout(serialiseJsonSchema(GENERATED_SCHEMAS[name]()));
  return EXIT_CLEAN;
}

export function registerSchema(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('schema')
    .description('print the JSON Schema of a report or of the config file, generated from the zod schema')
    .argument('[name]', `which schema: ${SCHEMA_NAMES.join(' or ')}`, 'report')
    .action((name: string) => {
      setExitCode(schemaCommand(name, io));
    });
}
