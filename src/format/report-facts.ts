import { isPlainObject } from '../model/pointer.js';

/** A value as written in the report: numbers and strings as they are, anything else (a blank, a list) as nothing. */
export function shownValue(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  return '';
}

/** The agency and year a linted report names, as written; '' where it names none (or could not be read). */
export function agencyAndYear(data: unknown): { readonly agency: string; readonly year: string } {
  return isPlainObject(data) ? { agency: shownValue(data.agency), year: shownValue(data.year) } : { agency: '', year: '' };
}
