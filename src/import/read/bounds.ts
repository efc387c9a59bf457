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
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'p',
  'li',
  'td',
  'th',
  'tr',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tbody',
  'thead',
  'tfoot',
  'colgroup',
  'html',
  'head',
  'body',
]);

const TAG_START = /<(\/?)([a-z][\w:-]*)/iy;

interface Tag {
  readonly closing: boolean;
  readonly name: string;
  readonly selfClosing: boolean;
}

/**
 * The tags of a page in order, comments skipped: `<name …>`, `</name>`, `<name …/>`. A scan rather than one
 * regular expression, whose every `<` without a `>` (or `<!--` without `-->`) after it rescanned the rest of
 * the page: quadratic in a hostile page.
 */
function* tagsOf(html: string): Generator<Tag> {
  let commentsEnd = true;
  for (let at = html.indexOf('<'); at !== -1;) {
    if (html.startsWith('<!--', at)) {
      const end = commentsEnd ? html.indexOf('-->', at + 4) : -1;
      if (end !== -1) {
        at = html.indexOf('<', end + 3);
        continue;
      }
      // No comment closes after this one: none that follows can be one either.
      commentsEnd = false;
    } else {
      TAG_START.lastIndex = at;
      const start = TAG_START.exec(html);
      if (start) {
        const close = html.indexOf('>', TAG_START.lastIndex);
        // With no `>` left, no tag (nor comment) follows.
        if (close === -1) return;
        yield { closing: start[1] === '/', name: start[2]!, selfClosing: html[close - 1] === '/' };
        at = html.indexOf('<', close + 1);
        continue;
      }
    }
    at = html.indexOf('<', at + 1);
  }
}

/** Throws an ImportError when the page is larger, or nests deeper, than a report can. */
export function checkHtmlBounds(html: string): void {
  if (html.length > MAX_HTML_CHARACTERS) {
    throw new ImportError(`the page has ${html.length} characters, over the limit of ${MAX_HTML_CHARACTERS} for a report`);
  }
  let depth = 0;
  let elements = 0;
  for (const tag of tagsOf(html)) {
    if (NOT_NESTING.has(tag.name.toLowerCase()) || tag.selfClosing) continue;
    if (tag.closing) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    elements += 1;
    depth += 1;
    if (depth > MAX_HTML_DEPTH) throw new ImportError(`the page nests its elements more than ${MAX_HTML_DEPTH} deep, beyond any report`);
    if (elements > MAX_HTML_ELEMENTS) throw new ImportError(`the page has more than ${MAX_HTML_ELEMENTS} elements, beyond any report`);
  }
}
