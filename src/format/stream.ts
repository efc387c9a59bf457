import type { FormatStream, Formatter, StreamFormatter } from './types.js';

/** Writes a stream's pieces in order: its head before the first text, separators between texts. */
export function streamWriter(stream: FormatStream, write: (text: string) => void): { file(text: string): void; end(): void } {
  let started = false;
  const start = () => {
    if (started) return '';
    started = true;
    return stream.head;
  };
  let written = false;
  return {
    file(text) {
      if (!text) return;
      write(start() + (written ? stream.separator : '') + text);
      written = true;
    },
    end() {
      write(start() + stream.end());
    },
  };
}

/** The whole-results form of a streamed format: the same text, from all results at once. */
export function formatterFromStream(start: StreamFormatter): Formatter {
  return (results, context) => {
    const stream = start(context);
    let text = '';
    const writer = streamWriter(stream, (piece) => (text += piece));
    for (const result of results) writer.file(stream.file(result));
    writer.end();
    return text;
  };
}
