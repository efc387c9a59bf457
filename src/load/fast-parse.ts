import { CORE_SCHEMA, load } from 'js-yaml';
import { plainData } from './plain-parse.js';

/**
 * Anything two YAML parsers might read differently: anchors and aliases, tags, directives, merge keys,
 * tabs, document markers, and numbers in forms other than plain decimal. A text with none of these
 * reads the same in js-yaml's core schema as in `yaml`'s (tests/load.test.ts checks the fixtures).
 */
const UNUSUAL = /[&*!\t]|<<|^%|^---|^\.\.\.|\b0[xob]|\d_\d|\.(?:inf|nan)\b|\de[-+]?\d|(?:^|[\s,[:])\+\d/im;

/**
 * Reads a report's data without source positions, about ten times faster than the full parser. Most
 * reports are clean and never need a position; a report with findings is parsed again in full.
 * Returns undefined when the text is unusual or does not parse: the full parser then says why.
 */
/**
 * Line by line: flow rows and quotes that continue on another line, empty flow keys and very long
 * lines are where the two parsers disagree about what is an error, so they go to the full parser.
 */
function plainLines(text: string): boolean {
  for (const line of text.split('\n')) {
    if (line.length > 1000) return false;
    let open = 0;
    let doubleQuotes = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 0x5b || c === 0x7b) open++;
      else if (c === 0x5d || c === 0x7d) open--;
      else if (c === 0x22) doubleQuotes++;
    }
    if (open !== 0 || doubleQuotes % 2 !== 0) return false;
  }
  return true;
}

/**
 * Signed numbers without a digit before the point (+.5), negative zero, empty or null keys, explicit
 * keys (?), collections as keys or nested in a flow collection, a comment glued to a value.
 */
// A line's own indentation only (no line breaks): with `m`, `^\s*` would rescan every run of blank lines from each of its lines.
const DISAGREEING =
  /(?:^|[\s,[:])[-+]?\.\d|(?:^|[\s,[:])-0(?![\d.])|[[{,]\s*[:?]|[\]}"']#|^[^\S\n\r\u2028\u2029]*(?:(?:null|Null|NULL|~)\s*)?:|^[^\S\n\r\u2028\u2029]*[?[{]|,\s*[[{]/m;

export function fastData(text: string): { readonly data: unknown } | undefined {
  // Most reports are plain YAML, which the plain parser reads several times faster than js-yaml.
  const plain = plainData(text);
  if (plain) return plain;
  if (UNUSUAL.test(text) || DISAGREEING.test(text) || !plainLines(text)) return undefined;
  try {
    return { data: load(text, { schema: CORE_SCHEMA }) ?? null };
  } catch {
    return undefined;
  }
}
