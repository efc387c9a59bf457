import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * Anything two YAML parsers might read differently: anchors and aliases, tags, directives, merge keys,
 * tabs, document markers, and numbers in forms other than plain decimal. A text with none of these
 * reads the same in js-yaml's core schema as in `yaml`'s (tests/load.test.ts checks the fixtures).
 */
const UNUSUAL = /[&*!]|<<|\t|^%|^---|^\.\.\.|\b0[xob]|\d_\d|\.(?:inf|nan)\b|\d[eE][-+]?\d|(?:^|[\s,[:])\+\d/im;

/**
 * Reads a report's data without source positions, about ten times faster than the full parser. Most
 * reports are clean and never need a position; a report with findings is parsed again in full.
 * Returns undefined when the text is unusual or does not parse: the full parser then says why.
 */
export function fastData(text: string): { readonly data: unknown } | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    return { data: load(text, { schema: CORE_SCHEMA }) ?? null };
  } catch {
    return undefined;
  }
}
