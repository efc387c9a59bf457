import { compact } from './compact.js';
import { csv } from './csv.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, compact, json, sarif, github, junit, csv };

/** Formats with much code of their own (the reviewer page), loaded only when asked for. */
const ON_DEMAND: Readonly<Record<string, () => Promise<Formatter>>> = { html: async () => (await import('./html.js')).html };

export const FORMAT_NAMES: readonly string[] = [...Object.keys(FORMATTERS), ...Object.keys(ON_DEMAND)];

export async function formatterNamed(name: string): Promise<Formatter | undefined> {
  if (Object.hasOwn(FORMATTERS, name)) return FORMATTERS[name];
  return Object.hasOwn(ON_DEMAND, name) ? ON_DEMAND[name]!() : undefined;
}
