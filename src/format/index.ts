import { compactStream } from './compact.js';
import { csv, csvStream } from './csv.js';
import { githubStream } from './github.js';
import { jsonStream } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { formatterFromStream } from './stream.js';
import { stylish, stylishStream } from './stylish.js';
import type { Formatter, StreamFormatter } from './types.js';

/** Formats written file by file as results arrive: a run over many reports does not hold every finding. */
const STREAMED: Readonly<Record<string, StreamFormatter>> = {
  stylish: stylishStream,
  compact: compactStream,
  json: jsonStream,
  github: githubStream,
  csv: csvStream,
};

export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  stylish,
  compact: formatterFromStream(compactStream),
  json: formatterFromStream(jsonStream),
  sarif,
  github: formatterFromStream(githubStream),
  junit,
  csv,
};

/** Formats with much code of their own (the reviewer page), loaded only when asked for. */
const ON_DEMAND: Readonly<Record<string, () => Promise<Formatter>>> = { html: async () => (await import('./html.js')).html };

export const FORMAT_NAMES: readonly string[] = [...Object.keys(FORMATTERS), ...Object.keys(ON_DEMAND)];

export async function formatterNamed(name: string): Promise<Formatter | undefined> {
  if (Object.hasOwn(FORMATTERS, name)) return FORMATTERS[name];
  return Object.hasOwn(ON_DEMAND, name) ? ON_DEMAND[name]!() : undefined;
}

/** The streamed form of a format, when it has one. */
export function streamFormatterNamed(name: string): StreamFormatter | undefined {
  return Object.hasOwn(STREAMED, name) ? STREAMED[name] : undefined;
}
