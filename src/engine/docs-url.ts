/**
 * Where a rule's documentation lives, for help links (SARIF `helpUri`, `rules --format json`):
 * below package.json's `repository`, pinned to the released version's tag (`v<version>`) so a link
 * always matches the rule the user ran.
 */
import { REPOSITORY_URL, VERSION } from '../version.js';

export { REPOSITORY_URL };

export function ruleDocsUrl(ruleId: string): string {
  const ref = VERSION.endsWith('-dev') ? 'main' : `v${VERSION}`;
  return `${REPOSITORY_URL}/blob/${ref}/docs/rules/${ruleId}.md`;
}
