import { type Command, Option } from 'commander';
import { UsageError } from '../errors.js';

/** A `--format` the command does not have, with the ones it has. */
export function unknownFormat(name: string, available: readonly string[]): UsageError {
  return new UsageError({
    en: `unknown format "${name}" (available: ${available.join(', ')})`,
    'zh-CN': `没有输出格式 "${name}"（可用：${available.join('、')}）`,
  });
}

/**
 * `-o` means the same in every command, and both of its long spellings work everywhere: `--output-file`
 * (ESLint's, documented for lint) and `--output` (documented for init and import). The other spelling is
 * accepted quietly and lands in the same option.
 */
export function withOutputOption(command: Command, documented: 'output' | 'outputFile', description: string): Command {
  const [shown, hidden] = documented === 'output' ? ['--output', '--output-file'] : ['--output-file', '--output'];
  const hiddenOption = new Option(`${hidden} <file>`).hideHelp();
  command.option(`-o, ${shown} <file>`, description).addOption(hiddenOption);
  command.on(`option:${hidden.slice(2)}`, (value: string) => command.setOptionValue(documented, value));
  return command;
}

/** The options every command that prints for a person takes: its language and its colour. */
export function withLocaleAndColor(command: Command, locale = 'language: zh-CN or en (default: from LC_ALL / LANG)'): Command {
  return command
    .option('--locale <locale>', locale)
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output');
}

/** `-c <file>` / `--no-config` for the commands that lint. */
export function withConfig(command: Command): Command {
  return command
    .option('-c, --config <file>', 'use this config file instead of looking for .gov-report.yaml')
    .option('--no-config', 'use no config file at all');
}
