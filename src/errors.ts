/** The tool cannot do its job (bad option, missing file, invalid config …): one line on stderr, exit 2. */
export class UsageError extends Error {}

/** The one wording for a file that is not there, whichever command looks for it. */
export function noSuchFile(path: string): UsageError {
  return new UsageError(`no such file or directory: ${path}`);
}
