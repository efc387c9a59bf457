import { type Locale } from '../engine/types.js';
import { UsageError } from './io.js';

/** `--locale`, else LC_ALL / LC_MESSAGES / LANG (zh* → zh-CN), else English. */
export function resolveLocale(option: string | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  if (option !== undefined) {
    const normalised = option.toLowerCase().replace('_', '-');
    if (normalised === 'zh-cn' || normalised === 'zh') return 'zh-CN';
    if (normalised === 'en' || normalised.startsWith('en-')) return 'en';
    throw new UsageError({ en: `unknown locale "${option}" (use zh-CN or en)`, 'zh-CN': `没有语言 "${option}"（可用 zh-CN 或 en）` });
  }
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return fromEnv.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
