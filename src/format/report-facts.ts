import { isPlainObject } from '../model/pointer.js';

/** The agency and year a linted report names, as written; '' where it names none (or could not be read). */
export function agencyAndYear(data: unknown): { readonly agency: string; readonly year: string } {
  const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '');
  return isPlainObject(data) ? { agency: text(data.agency), year: text(data.year) } : { agency: '', year: '' };
}
