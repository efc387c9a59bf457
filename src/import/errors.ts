/** The file cannot be read as a report at all: the command prints the message in one line and exits 2. */
export class ImportError extends Error {}
