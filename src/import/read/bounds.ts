/**
 * What import reads at all, checked before any parser sees the input: the size of a file, and of a
 * web page the size and how deeply its elements nest (a page of a million nested <div> is refused in
 * one pass over its bytes, before parse5 builds a tree of it).
 */
import { ImportError } from '../errors.js';

/** A published report, with its pictures, is a few megabytes; PDFs with scans run to tens. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;
const MAX_HTML_CHARACTERS = 16 * 1024 * 1024;
const MAX_HTML_DEPTH = 1000;
const MAX_HTML_ELEMENTS = 400_000;

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export function checkInputSize(size: number): void {
  if (size > MAX_INPUT_BYTES) throw new ImportError(`the file is ${mb(size)}, over the limit of ${mb(MAX_INPUT_BYTES)} for a report`);
}

/** Elements a browser closes by itself, or that hold nothing: they do not count towards the depth. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
  'p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'colgroup', 'html', 'head', 'body',
]);

// The lookahead keeps the name from giving characters back to the attributes (no backtracking between them).
const TAG = /<(\/?)([a-z][\w:-]*)(?![\w:-])[^>]*?(\/?)>|<!--[\s\S]*?-->/gi;

/** Throws an ImportError when the page is larger, or nests deeper, than a report can. */
export function checkHtmlBounds(html: string): void {
  if (html.length > MAX_HTML_CHARACTERS) {
    throw new ImportError(`the page has ${html.length} characters, over the limit of ${MAX_HTML_CHARACTERS} for a report`);
  }
  let depth = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (name === undefined || NOT_NESTING.has(name) || m[3] === '/') continue;
    if (m[1] === '/') {
      depth = Math.max(0, depth - 1);
      continue;
    }
    elements += 1;
    depth += 1;
    if (depth > MAX_HTML_DEPTH) throw new ImportError(`the page nests its elements more than ${MAX_HTML_DEPTH} deep, beyond any report`);
    if (elements > MAX_HTML_ELEMENTS) throw new ImportError(`the page has more than ${MAX_HTML_ELEMENTS} elements, beyond any report`);
  }
}
