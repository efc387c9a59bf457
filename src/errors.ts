/** A usage error's one line in each language of the interface (the `Locale`s of the engine). */
export interface UsageTexts {
  readonly en: string;
  readonly 'zh-CN': string;
}

/**
 * The tool cannot do its job (bad option, missing file, invalid config …): one line on stderr, exit 2.
 * It carries its line in both languages; `message` is the English one, the CLI prints the run's.
 */
export class UsageError extends Error {
  readonly texts: UsageTexts;

  constructor(texts: UsageTexts) {
    super(texts.en);
    this.texts = texts;
  }
}

/** The one wording for a file that is not there, whichever command looks for it. */
export function noSuchFile(path: string): UsageError {
  return new UsageError({ en: `no such file or directory: ${path}`, 'zh-CN': `找不到文件或文件夹：${path}` });
}
