import { uiText } from '../engine/messages.js';
import { type Diagnostic, isSuppressed } from '../engine/types.js';
import { formatterFromStream } from './stream.js';
import type { Formatter, StreamFormatter } from './types.js';
import { displayWidth, padEndTo } from './width.js';

const SEVERITY = { 'zh-CN': uiText('zh-CN').severity, en: uiText('en').severity };

/** ESLint's familiar layout: a block per file, `line:col  severity  message  rule-id`, and a summary. */
export const stylishStream: StreamFormatter = (context) => {
  const { locale } = context;
  let errors = 0;
  let warnings = 0;
  return {
    head: '',
    file(result) {
      const shown = result.diagnostics.filter((d) => !isSuppressed(d));
      if (shown.length === 0) return '';
      const positionWidth = Math.max(...shown.map((d) => `${d.line}:${d.column}`.length));
      const severityWidth = Math.max(...shown.map((d) => displayWidth(SEVERITY[locale][d.severity])));
      // The colours are taken when there is something to colour: a clean run loads no colour library.
      const { chalk } = context;
      const lines = [chalk.underline(result.file)];
      for (const d of shown) {
        if (d.severity === 'error') errors++;
        else warnings++;
        lines.push(formatLine(d, positionWidth, severityWidth, locale, chalk));
      }
      return lines.join('\n');
    },
    separator: '\n\n',
    end() {
      if (errors + warnings === 0) return '';
      const summary = uiText(locale).summary(errors, warnings);
      const { chalk } = context;
      return `\n\n${chalk.bold(errors > 0 ? chalk.red(summary) : chalk.yellow(summary))}\n`;
    },
  };
};

export const stylish: Formatter = formatterFromStream(stylishStream);

function formatLine(
  d: Diagnostic,
  positionWidth: number,
  severityWidth: number,
  locale: 'zh-CN' | 'en',
  chalk: Parameters<Formatter>[1]['chalk'],
): string {
  const position = chalk.dim(`${d.line}:${d.column}`.padEnd(positionWidth));
  const label = padEndTo(SEVERITY[locale][d.severity], severityWidth);
  const severity = d.severity === 'error' ? chalk.red(label) : chalk.yellow(label);
  const suggestion = d.suggestion ? chalk.dim(` — ${d.suggestion}`) : '';
  return `  ${position}  ${severity}  ${d.message}${suggestion}  ${chalk.dim(d.ruleId)}`;
}
