import { displayWidth } from './width.js';

/** Closing punctuation stays at the end of the line before; opening punctuation stays with what follows. */
const NO_BREAK_BEFORE = new Set('，。、：；！？）」』”’》】〉,.;:!?)');
const NO_BREAK_AFTER = new Set('（「『“‘《【〈(');

const isWide = (char: string) => displayWidth(char) > 1;

/** Pieces of text that a line may break between: words, single CJK characters (with their punctuation), spaces. */
function breakableUnits(text: string): string[] {
  const units: string[] = [];
  let previous = '';
  for (const char of text) {
    const last = units.length - 1;
    const space = /\s/.test(char);
    const joins =
      last >= 0 &&
      !space &&
      !/\s/.test(previous) &&
      (NO_BREAK_BEFORE.has(char) || NO_BREAK_AFTER.has(previous) || (!isWide(char) && !isWide(previous) && previous !== '/'));
    const joinsSpace = last >= 0 && space && /\s/.test(previous);
    if (joins || joinsSpace) units[last] += char;
    else units.push(char);
    previous = char;
  }
  return units;
}

/**
 * Wraps text to a display width. cli-table3's own wrapping breaks only at spaces and counts characters
 * rather than columns when it must cut, so unspaced Chinese text would be truncated with "…".
 */
export function wrapToWidth(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
  };
  for (const unit of breakableUnits(text)) {
    if (/^\s+$/.test(unit)) {
      if (line !== '') line += ' ';
      continue;
    }
    if (displayWidth(line) + displayWidth(unit) > width) flush();
    let rest = unit;
    // A single unit longer than the whole line is cut where it must be.
    while (displayWidth(rest) > width) {
      let head = '';
      for (const char of rest) {
        if (head !== '' && displayWidth(head + char) > width) break;
        head += char;
      }
      lines.push(head);
      rest = rest.slice(head.length);
    }
    line += rest;
  }
  flush();
  return lines.length > 0 ? lines : [''];
}
