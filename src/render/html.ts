/**
 * The report as one self-contained web page in the official layout: no scripts, fonts or pictures
 * from anywhere, accessible tables (a caption, `<th scope>`, and `headers` on every number of the
 * tables with headers on several levels), and print styles for A4.
 */
import type { ReportDocument } from './document.js';
import { escapeHtml, tableCss, tableHtml } from '../format/html-table.js';

/** Lines as paragraphs; a blank line between paragraphs is kept as an empty one, so that the text reads back as written. */
function linesHtml(lines: readonly string[]): string {
  return lines.map((line) => (line === '' ? '<p class="gap"></p>' : `<p>${escapeHtml(line)}</p>`)).join('\n');
}

const pageCss = () => `
:root { color-scheme: light; }
body { margin: 0; background: #f4f4f4; color: #000; font-family: "FangSong", "FangSong_GB2312", "仿宋", "仿宋_GB2312", "STFangsong", "SimSun", "Songti SC", serif; font-size: 16pt; line-height: 1.6; }
main { box-sizing: border-box; max-width: 210mm; margin: 1em auto; padding: 25mm 20mm; background: #fff; box-shadow: 0 0 0.5em rgba(0,0,0,0.15); }
h1 { font-family: "SimSun", "宋体", "Songti SC", serif; font-size: 22pt; font-weight: bold; text-align: center; line-height: 1.4; margin: 0 0 0.5em; }
h2 { font-family: "SimHei", "黑体", "Heiti SC", sans-serif; font-size: 16pt; font-weight: normal; margin: 1em 0 0.25em; break-after: avoid; page-break-after: avoid; }
p { margin: 0; text-indent: 2em; }
p.gap { height: 0.6em; }
p.meta { text-align: center; text-indent: 0; font-size: 12pt; margin-bottom: 1em; }
.grid caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
${tableCss()}
@page { size: A4; margin: 25mm 20mm; }
@media print {
  body { background: none; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
}
`;

interface PageOptions {
  readonly generator: string;
}

export function reportHtml(doc: ReportDocument, options: PageOptions): string {
  const parts = doc.parts.map((part) => {
    const heading = `<h2 id="part-${part.key}">${escapeHtml(part.heading)}</h2>`;
    const body = part.kind === 'text' ? linesHtml(part.lines) : tableHtml(part.table, { idPrefix: '', cellText: doc.cellText });
    return `<section aria-labelledby="part-${part.key}">\n${heading}\n${body}\n</section>`;
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<meta name="generator" content="${escapeHtml(options.generator)}">`,
    ...(doc.source ? [`<link rel="canonical" href="${escapeHtml(doc.source)}">`] : []),
    `<style>${pageCss()}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    ...(doc.published ? [`<p class="meta">发布日期：${escapeHtml(doc.published)}</p>`] : []),
    ...parts,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
