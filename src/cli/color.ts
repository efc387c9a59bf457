import { Chalk, type ChalkInstance } from 'chalk';

/**
 * `--color` / `--no-color` first, then NO_COLOR (which chalk alone ignores) and FORCE_COLOR,
 * then whether stdout is a terminal.
 */
export function makeChalk(option: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): ChalkInstance {
  let enabled: boolean;
  if (option !== undefined) enabled = option;
  else if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') enabled = false;
  else if (env.FORCE_COLOR !== undefined) enabled = env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  else enabled = isTTY && env.TERM !== 'dumb';
  return new Chalk({ level: enabled ? 1 : 0 });
}
