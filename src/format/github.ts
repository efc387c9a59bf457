import { isSuppressed } from '../engine/types.js';
import { messageWithSuggestion, relativeToCwd } from './common.js';
import type { StreamFormatter } from './types.js';

// The escaping of GitHub's own toolkit (@actions/core, `toCommandValue` / `escapeProperty`).
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: each problem becomes an annotation on the file in the pull request. */
export const githubStream: StreamFormatter = ({ cwd }) => ({
  head: '',
  file(result) {
    // Annotations are matched to files by their path from the repository root, where the job runs.
    const file = relativeToCwd(result.file, cwd) ?? result.file;
    let text = '';
    for (const d of result.diagnostics) {
      if (isSuppressed(d)) continue;
      const properties = Object.entries({
        file,
        line: d.line,
        col: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        title: d.ruleId,
      })
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
      text += `::${d.severity} ${properties}::${escapeData(messageWithSuggestion(d))}\n`;
    }
    return text;
  },
  separator: '',
  end: () => '',
});
