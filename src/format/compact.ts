import { uiText } from '../engine/messages.js';
import { isSuppressed } from '../engine/types.js';
import { messageWithSuggestion } from './common.js';
import type { StreamFormatter } from './types.js';

const SEVERITY = { 'zh-CN': uiText('zh-CN').severity, en: uiText('en').severity };

/** One line per problem, `file:line:col: severity message [rule-id]`, for editors' and grep's sake. */
export const compactStream: StreamFormatter = ({ locale }) => ({
  head: '',
  file(result) {
    let text = '';
    for (const d of result.diagnostics) {
      if (isSuppressed(d)) continue;
      // A line break inside a message would split one problem over several lines.
      const message = messageWithSuggestion(d).replace(/\s*[\r\n]\s*/g, ' ');
      text += `${result.file}:${d.line}:${d.column}: ${SEVERITY[locale][d.severity]} ${message} [${d.ruleId}]\n`;
    }
    return text;
  },
  separator: '',
  end: () => '',
});
