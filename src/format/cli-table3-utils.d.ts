// cli-table3 ships no types for its utils module, whose `truncate` src/format/cli-table.ts replaces.
declare module 'cli-table3/src/utils.js' {
  const utils: {
    strlen: (text: string) => number;
    truncate: (text: string, desiredWidth: number, truncateChar?: string) => string;
    colorizeLines: (lines: readonly string[]) => string[];
  };
  export = utils;
}
