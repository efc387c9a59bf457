/**
 * `not_recovered`: the places `gov-report import` could not read from the published report. Their
 * cells are unknown, not blank: no rule may read them as 0 or ask for a 0 to be written.
 */
import { isPlainObject } from './pointer.js';

/** True when the cell at `pointer` is unknown: it, or a row, table or part that holds it, is listed. */
type UnknownTest = (pointer: string) => boolean;

const NONE: UnknownTest = () => false;

export function unknownCellsOf(data: unknown): UnknownTest {
  const listed = isPlainObject(data) ? data.not_recovered : undefined;
  if (!Array.isArray(listed) || listed.length === 0) return NONE;
  const places = new Set(listed.filter((p): p is string => typeof p === 'string'));
  return (pointer) => {
    for (let end = pointer.length; end > 0; end = pointer.lastIndexOf('/', end - 1)) {
      if (places.has(pointer.slice(0, end))) return true;
    }
    return false;
  };
}
