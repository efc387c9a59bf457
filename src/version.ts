import { readFileSync } from 'node:fs';

declare const GOV_REPORT_VERSION: string | undefined;
declare const GOV_REPORT_REPOSITORY: string | undefined;

/** The package version, put in by the bundler; `0.0.0-dev` when run from source. */
export const VERSION = typeof GOV_REPORT_VERSION === 'string' ? GOV_REPORT_VERSION : '0.0.0-dev';

/** package.json's `repository` as a web address: put in by the bundler, read from package.json when run from source. */
export const REPOSITORY_URL = typeof GOV_REPORT_REPOSITORY === 'string' ? GOV_REPORT_REPOSITORY : repositoryFromPackageJson();

function repositoryFromPackageJson(): string {
  const { repository } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    repository?: string | { url?: string };
  };
  return repositoryWebUrl(typeof repository === 'string' ? repository : repository?.url);
}

/** `git+https://…/x.git`, `github:owner/x` or `owner/x` as the page a browser opens (scripts/build.mjs does the same). */
function repositoryWebUrl(url: string | undefined): string {
  if (!url) throw new Error('package.json has no "repository": the docs links are built from it');
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(url);
  if (shorthand) return `https://github.com/${shorthand[1]}`;
  return url
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/\.git$/, '')
    .replace(/\/$/, '');
}
