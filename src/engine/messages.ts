import type { DataValue, Locale, Localized, MessageData } from './types.js';

const PLACEHOLDER = /\{(\w+)\}/g;

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

function show(value: DataValue | readonly DataValue[] | undefined, locale: Locale): string {
  if (Array.isArray(value)) return value.map((v) => show(v, locale)).join(locale === 'zh-CN' ? '、' : ', ');
  return String(value);
}

export function formatMessage(template: Localized, locale: Locale, data: MessageData = {}): string {
  return template[locale].replace(PLACEHOLDER, (_, name: string) => show(data[name], locale));
}
