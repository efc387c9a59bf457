/**
 * Where a rule's documentation lives, for help links (SARIF `helpUri`, `rules --format json`):
 * below package.json's `repository`, pinned to the released version's tag (`v<version>`) so a link
 * always matches the rule the user ran.
 */
import { REPOSITORY_URL, VERSION } from '../version.js';

export { REPOSITORY_URL };

const ref = () => (VERSION.endsWith('-dev') ? 'main' : `v${VERSION}`);

export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/${ref()}/docs/rules/${ruleId}.md`;
}

/** A committed file of the repository as a raw download, at the released version's tag (for `$schema` modelines). */
export function rawFileUrl(path: string): string {
  return `${REPOSITORY_URL}/raw/${ref()}/${path}`;
}
