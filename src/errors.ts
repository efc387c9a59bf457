/** The tool cannot do its job (bad option, missing file, invalid config …): one line on stderr, exit 2. */
export class UsageError extends Error {}
