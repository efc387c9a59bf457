/**
 * Where a rule's documentation lives, for help links (SARIF `helpUri`, `rules --format json`).
 * Pinned to the released version's tag so a link always matches the rule the user ran.
 */
import { VERSION } from '../version.js';

export const REPOSITORY_URL = 'https://github.com/gov-report/gov-report';

export function ruleDocsUrl(ruleId: string): string {
  const ref = VERSION.endsWith('-dev') ? 'main' : `v${VERSION}`;
  return `${REPOSITORY_URL}/blob/${ref}/docs/rules/${ruleId}.md`;
}
