/**
 * An HTML page to rows, with parse5 (the HTML standard's parsing, so broken markup is read as a
 * browser reads it). A table is resolved into its grid: a cell merged over several rows or columns
 * (rowspan, colspan) takes its place once, at its first row and column, and each <tr> becomes a row of
 * the cells that start in it, in column order. Paragraphs, headings, list items and lines broken by
 * <br> become rows of one cell. The title and the page's <meta> data are kept for the metadata.
 */
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import type { PageMeta, SourceRow } from './document.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'object', 'select', 'button', 'head']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'ul',
  'caption',
]);

const LAYOUT = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** The site around the report: navigation and page footers, by their tag or their class or id. */
function isChrome(element: Element): boolean {
  if (element.tagName === 'nav' || element.tagName === 'footer') return true;
  const names = `${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`.toLowerCase();
  return /(?:^|[\s_-])(?:footer|foot|nav|navbar|breadcrumb|crumbs?)(?:$|[\s_-])/.test(names);
}
const children = (node: Node): readonly Node[] => ('childNodes' in node ? node.childNodes : []);
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

/** The text of a cell: inline text joined, a line break or a block inside it read as a space. */
function cellText(node: Node): string {
  if (node.nodeName === '#text') return collapse((node as DefaultTreeAdapterMap['textNode']).value);
  if (!isElement(node)) return '';
  if (SKIPPED.has(node.tagName)) return '';
  if (node.tagName === 'br') return ' ';
  const inner = children(node).map(cellText).join('');
  return BLOCKS.has(node.tagName) || node.tagName === 'table' || node.tagName === 'tr' ? ` ${inner} ` : inner;
}

function span(element: Element, name: string): number {
  const value = Number.parseInt(attr(element, name) ?? '1', 10);
  return Number.isFinite(value) && value >= 1 ? Math.min(value, 1000) : 1;
}

/** The <tr> of a table, not of the tables inside it. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (node: Node) => {
    for (const child of children(node)) {
      if (!isElement(child)) continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (child.tagName !== 'table') visit(child);
    }
  };
  visit(table);
  return rows;
}

/** Each <tr> as the cells that start in it, placed in the grid around the cells merged into it from above. */
export function tableGrid(table: Element): string[][] {
  const occupied: boolean[][] = [];
  const taken = (r: number, c: number) => occupied[r]?.[c] === true;
  return tableRows(table).map((tr, r) => {
    const placed: { column: number; text: string }[] = [];
    let column = 0;
    for (const cell of children(tr)) {
      if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      while (taken(r, column)) column += 1;
      const rows = span(cell, 'rowspan');
      const columns = span(cell, 'colspan');
      for (let dr = 0; dr < rows; dr++) {
        const line = (occupied[r + dr] ??= []);
        for (let dc = 0; dc < columns; dc++) line[column + dc] = true;
      }
      placed.push({ column, text: cellText(cell).trim() });
      column += columns;
    }
    return placed.sort((a, b) => a.column - b.column).map((p) => p.text);
  });
}

interface Collected {
  readonly rows: SourceRow[];
  line: string;
  /** The current block has started (an empty <p> is an empty row). */
  open: boolean;
}

function flush(state: Collected, keepEmpty = false): void {
  const text = state.line.trim();
  if (text !== '' || (keepEmpty && state.open)) state.rows.push({ cells: [text], table: false, trustedEmpty: true });
  state.line = '';
  state.open = false;
}

function walk(node: Node, state: Collected): void {
  if (node.nodeName === '#text') {
    state.line += collapse((node as DefaultTreeAdapterMap['textNode']).value);
    return;
  }
  if (!isElement(node)) {
    for (const child of children(node)) walk(child, state);
    return;
  }
  const tag = node.tagName;
  if (SKIPPED.has(tag) || isChrome(node)) return;
  if (tag === 'br') return flush(state);
  if (tag === 'table' && findAll(node, 'table').length === 1) {
    flush(state);
    for (const cells of tableGrid(node)) {
      if (cells.length > 0) state.rows.push({ cells, table: true, trustedEmpty: true });
    }
    return;
  }
  // A table holding tables lays out the page: its cells are read as blocks, the tables in them as tables.
  const block = BLOCKS.has(tag) || LAYOUT.has(tag);
  if (block) flush(state);
  if (block && (tag === 'p' || tag === 'div')) state.open = true;
  for (const child of children(node)) walk(child, state);
  if (block) flush(state, tag === 'p' || tag === 'div');
}

function findAll(node: Node, tag: string, out: Element[] = []): Element[] {
  if (isElement(node) && node.tagName === tag) out.push(node);
  for (const child of children(node)) findAll(child, tag, out);
  return out;
}

function pageMeta(document: Node): PageMeta {
  const metas = new Map<string, string>();
  for (const meta of findAll(document, 'meta')) {
    const name = (attr(meta, 'name') ?? attr(meta, 'property') ?? '').toLowerCase();
    const content = attr(meta, 'content')?.trim();
    if (name && content) metas.set(name, content);
  }
  const title = findAll(document, 'title')[0];
  const canonical = findAll(document, 'link').find((l) => attr(l, 'rel')?.toLowerCase() === 'canonical');
  const pick = (...names: string[]) => names.map((n) => metas.get(n)).find((v) => v !== undefined);
  const meta: { -readonly [K in keyof PageMeta]: PageMeta[K] } = {};
  const titleText = pick('articletitle', 'og:title', 'title') ?? (title ? cellText(title).trim() : undefined);
  if (titleText) meta.title = titleText;
  const published = pick('pubdate', 'publishdate', 'article:published_time', 'firstpublishedtime', 'dc.date');
  if (published) meta.published = published;
  const source = canonical ? attr(canonical, 'href') : pick('og:url', 'url');
  if (source && /^https?:\/\//.test(source)) meta.source = source;
  const agency = pick('contentsource', 'author');
  if (agency) meta.agency = agency;
  return meta;
}

export function htmlRows(html: string): { rows: SourceRow[]; meta: PageMeta } {
  const document = parse(html);
  const state: Collected = { rows: [], line: '', open: false };
  const body = findAll(document, 'body')[0] ?? document;
  walk(body, state);
  flush(state);
  return { rows: state.rows, meta: pageMeta(document) };
}

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv`), lower case. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*(?:["']\s*)?([\w-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}
