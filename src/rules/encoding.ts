import type { Rule } from '../engine/types.js';

export const encoding: Rule = {
  id: 'encoding',
  severity: 'warning',
  handlesSyntax: true,
  description: {
    'zh-CN': '报告文件应以 UTF-8 保存；GB18030/GBK 文件会被转换后检查，并提示另存为 UTF-8',
    en: 'Report files are saved as UTF-8; a GB18030/GBK file is converted for checking and reported',
  },
  messages: {
    gb18030: {
      'zh-CN': '文件不是 UTF-8 编码，已按 GB18030/GBK 读取；请另存为 UTF-8，以免其他工具读错',
      en: 'The file is not UTF-8; it was read as GB18030/GBK. Save it as UTF-8 so other tools read it right',
    },
  },
  check(context) {
    if (context.encoding === 'gb18030') context.report({ messageId: 'gb18030', path: '', range: [0, 0] });
  },
};
