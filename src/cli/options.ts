import type { Command } from 'commander';

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
