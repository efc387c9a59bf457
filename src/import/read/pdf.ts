/**
 * A PDF to rows, from the position of every text item of its text layer (pdfjs-dist, loaded only
 * when a PDF is read). Items on one baseline make a line; a wide gap between two items starts a new
 * cell. Then the lines of one table row are joined: a label wrapped over lines and its numbers set on
 * another baseline (a cell centred in its row) become one row, and a header wrapped in its cell
 * becomes one cell — but only where the pieces stack one above the other without overlapping a number
 * or two cells at once, and never under a row that has its numbers, so two rows of a table are never
 * taken for one. A blank cell, which prints nothing, is placed by the columns around it.
 *
 * Bounded: pages, text and time. A PDF with no text layer (a scan), one that needs a password and a
 * damaged one each give an ImportError, never a hang.
 */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { ImportError } from '../errors.js';
import type { SourceRow } from './document.js';
import { PAGE_FOOTERS } from './text.js';

const MAX_PAGES = 300;
const MAX_TEXT = 4_000_000;
const TIME_LIMIT_MS = 20_000;

export interface TextPiece {
  readonly text: string;
  readonly x: number;
  /** Baseline, growing downwards. */
  readonly y: number;
  readonly width: number;
  /** Font size. */
  readonly size: number;
}

interface Cell {
  text: string;
  left: number;
  right: number;
  numeric: boolean;
  /** Baseline of its last line. */
  bottom: number;
}

interface Line {
  cells: Cell[];
  /** Baseline of the first line joined into it, and of its numbers. */
  top: number;
  bottom: number;
  numbersAt: number | undefined;
  size: number;
}

const NUMERIC = /^[\s\d０-９.,，\-—–/／]+$/u;

function isNumeric(text: string): boolean {
  return NUMERIC.test(text) && /[\d０-９/／—–-]/u.test(text);
}

/** Pieces of one page into lines (same baseline) of cells (split at a gap wider than half a character). */
function linesOf(pieces: readonly TextPiece[]): Line[] {
  const sorted = pieces.filter((p) => p.text.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; size: number; pieces: TextPiece[] }[] = [];
  for (const piece of sorted) {
    const last = lines.at(-1);
    if (last && Math.abs(piece.y - last.y) <= 0.3 * Math.max(last.size, piece.size)) last.pieces.push(piece);
    else lines.push({ y: piece.y, size: piece.size, pieces: [piece] });
  }
  return lines.map((line) => {
    const cells: Cell[] = [];
    for (const piece of line.pieces.sort((a, b) => a.x - b.x)) {
      const cell = cells.at(-1);
      const gap = cell ? piece.x - cell.right : Infinity;
      if (cell && gap <= 0.5 * line.size) {
        cell.text += gap > 0.15 * line.size && /\w$/u.test(cell.text) && /^\w/u.test(piece.text) ? ` ${piece.text}` : piece.text;
        cell.right = Math.max(cell.right, piece.x + piece.width);
      } else cells.push({ text: piece.text, left: piece.x, right: piece.x + piece.width, numeric: false, bottom: line.y });
    }
    for (const cell of cells) {
      cell.text = cell.text.trim();
      cell.numeric = isNumeric(cell.text);
    }
    const numbersAt = cells.some((c) => c.numeric) ? line.y : undefined;
    return { cells, top: line.y, bottom: line.y, numbersAt, size: line.size };
  });
}

const overlaps = (a: Cell, b: Cell) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0;

/**
 * The distance between the baselines of two lines of one paragraph or one cell, as a multiple of the
 * font size: the smallest that recurs on the page (lines under each other, text only), else 1.45.
 * Lines further apart than that (and a little) belong to different rows.
 */
function linePitch(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  const text = (line: Line) => line.cells.filter((c) => !c.numeric);
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    // The next line with text under a text cell of this one (a line of numbers between them is skipped).
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const b = lines[j]!;
      if (!text(a).some((c) => text(b).some((d) => overlaps(c, d)))) continue;
      const ratio = Math.round(((b.top - a.top) / a.size) * 20) / 20;
      if (Math.abs(a.size - b.size) <= 0.5 && ratio >= 1 && ratio <= 2.5) counts.set(ratio, (counts.get(ratio) ?? 0) + 1);
      break;
    }
  }
  // The smallest that recurs: rows of a table stand further apart than the lines inside a cell.
  const best = [...counts].filter(([, n]) => n >= 2).sort((x, y) => x[0] - y[0])[0];
  return best ? best[0] : 1.45;
}

/**
 * The cells of `below` joined into `above` when they are pieces of the same row: lines one pitch
 * apart or less; `above` without numbers of its own; each text cell below stands under one cell above
 * and that one over no other; no number stands over or under anything. Two lines of text only (a
 * header wrapped in its cells) join the cells that pair so, and the rest of `below` stays a line of
 * its own. Undefined when nothing joins.
 */
function joined(above: Line, below: Line, pitch: number): { line: Line; rest?: Line } | undefined {
  const size = Math.max(above.size, below.size);
  const near = (bottom: number) => below.top - bottom <= pitch * 1.15 * size;
  if (!near(above.bottom)) return undefined;
  // Nothing joins a row that already has its numbers: text under them may as well begin the next row
  // (a table without padding sets rows a line apart), and a label cut there is still found by its beginning.
  if (above.numbersAt !== undefined) return undefined;
  const withNumbers = below.numbersAt !== undefined;
  const pairs = new Map<Cell, Cell>();
  let conflict = false;
  for (const cell of below.cells) {
    const over = above.cells.filter((c) => overlaps(c, cell));
    if (over.length === 0) continue;
    const under = below.cells.filter((c) => overlaps(c, over[0]!));
    if (over.length > 1 || under.length > 1 || cell.numeric || over[0]!.numeric) conflict = true;
    // A cell ended a line further up (beside it a cell of another column went on): a new row begins.
    else if (!near(over[0]!.bottom)) return undefined;
    else pairs.set(over[0]!, cell);
  }
  if (conflict && withNumbers) return undefined;
  // Text a whole line over a row of numbers that has its own label elsewhere, nothing under the text:
  // the end of the row above (a table without padding), not part of this one. (Numbers set between the
  // lines of their label, in a cell centred in its row, stand half a line below it.)
  const belowText = below.cells.filter((c) => !c.numeric);
  const wholeLine = below.top - above.bottom > 0.75 * pitch * size;
  if (withNumbers && belowText.length > 0 && wholeLine && above.cells.some((c) => !pairs.has(c))) return undefined;
  if (conflict && pairs.size === 0) return undefined;
  const taken = new Set(pairs.values());
  const joinedCells = above.cells.map((c) => {
    const under = pairs.get(c);
    return under
      ? {
          text: c.text + under.text,
          left: Math.min(c.left, under.left),
          right: Math.max(c.right, under.right),
          numeric: false,
          bottom: under.bottom,
        }
      : c;
  });
  const left = below.cells.filter((c) => !taken.has(c));
  if (conflict) {
    return { line: { ...above, cells: joinedCells }, rest: { ...below, cells: left } };
  }
  const cells = [...joinedCells, ...left].sort((a, b) => a.left - b.left);
  return { line: { cells, top: above.top, bottom: below.bottom, numbersAt: below.numbersAt, size } };
}

const centre = (c: Cell) => (c.left + c.right) / 2;

/** The cell of `columns` that `cell` stands under: overlapping it, or centred within most of a character of it. */
function columnOf(cell: Cell, columns: readonly Cell[], size: number): number {
  const hits = columns.flatMap((c, i) => (overlaps(c, cell) || Math.abs(centre(c) - centre(cell)) <= 0.8 * size ? [i] : []));
  return hits.length === 1 ? hits[0]! : -1;
}

/**
 * A blank cell prints nothing in a PDF: a row of numbers with fewer than its neighbours gets an empty
 * cell where a neighbouring row of the same table (the nearest lines of numbers, up to the first line
 * without any) has a number and it has none, or, without such a row, where the header above has a
 * column — only when each of its numbers stands under exactly one of them, in order. Otherwise the
 * row keeps what it has, and is reported.
 */
function withBlankCells(lines: readonly Line[]): { line: Line; blanks: boolean }[] {
  const numbers = (line: Line) => line.cells.filter((c) => c.numeric);
  return lines.map((line, i) => {
    const own = numbers(line);
    if (own.length === 0) return { line, blanks: false };
    let reference: Cell[] | undefined;
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < lines.length && Math.abs(j - i) <= 6; j += step) {
        const other = numbers(lines[j]!);
        if (other.length === 0) break;
        if (other.length > own.length && (!reference || other.length > reference.length)) reference = other;
      }
    }
    // Else the header above: its lowest cells (those with no narrower cell under or over them), on the
    // lines of text up to the last row of numbers, from the first number's column on.
    if (!reference) {
      const header: Cell[] = [];
      for (let j = i - 1; j >= 0 && i - j <= 4 && numbers(lines[j]!).length === 0; j--) header.push(...lines[j]!.cells);
      const from = own[0]!.left - line.size;
      const leaves = header.filter(
        (c) => c.right > from && !header.some((d) => d !== c && overlaps(c, d) && d.right - d.left < c.right - c.left),
      );
      if (leaves.length > own.length) reference = leaves.sort((a, b) => a.left - b.left);
    }
    if (!reference) return { line, blanks: false };
    const at = own.map((c) => columnOf(c, reference, line.size));
    if (at.some((k, n) => k < 0 || (n > 0 && k <= at[n - 1]!))) return { line, blanks: false };
    const first = line.cells.indexOf(own[0]!);
    const filled: Cell[] = reference.map((column, k) => {
      const n = at.indexOf(k);
      return n >= 0 ? own[n]! : { text: '', left: column.left, right: column.right, numeric: true, bottom: line.bottom };
    });
    return {
      line: {
        ...line,
        cells: [...line.cells.slice(0, first).filter((c) => !c.numeric), ...filled, ...line.cells.slice(first).filter((c) => !c.numeric)],
      },
      blanks: true,
    };
  });
}

/** The lines of a page with the pieces of one row joined, as rows. */
export function pageRows(pieces: readonly TextPiece[]): SourceRow[] {
  const lines = linesOf(pieces);
  const pitch = linePitch(lines);
  const out: Line[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    const merged = last ? joined(last, line, pitch) : undefined;
    if (!merged) out.push(line);
    else {
      out[out.length - 1] = merged.line;
      if (merged.rest && merged.rest.cells.length > 0) out.push(merged.rest);
    }
  }
  return withBlankCells(out)
    .map(({ line, blanks }) => ({ cells: line.cells.map((c) => c.text), blanks }))
    .filter(({ cells }) => !(cells.length === 1 && PAGE_FOOTERS.some((p) => p.test(cells[0]!))))
    .map(({ cells, blanks }) => ({ cells, table: cells.length > 1, trustedEmpty: blanks }));
}

interface PdfJs {
  getDocument(options: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; getViewport(o: { scale: number }): { height: number } }>;
}

async function loadPdfJs(): Promise<PdfJs> {
  const global = globalThis as { pdfjsWorker?: unknown };
  try {
    // The worker's code runs in this thread (pdfjs's "fake worker"), found here rather than by a file path.
    global.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      // pdfjs-dist is an optional dependency: only PDF input needs it.
      throw new ImportError(
        'reading PDF needs the optional package pdfjs-dist: run `npm install` in the gov-report folder (or convert the PDF to text with pdftotext and import that)',
      );
    }
    throw error;
  }
}

/** Where pdfjs-dist keeps the character maps that CJK fonts refer to. */
function cMapUrl(): string | undefined {
  try {
    return `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps')}/`;
  } catch {
    return undefined;
  }
}

function reasonOf(error: unknown): string {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'PasswordException')
    return 'the PDF is encrypted with a password: open it, save a copy without the password, and import that';
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException')
    return 'the PDF is damaged and cannot be read';
  return `the PDF cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

async function readPieces(bytes: Uint8Array): Promise<TextPiece[][]> {
  const pdfjs = await loadPdfJs();
  const url = cMapUrl();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...(url ? { cMapUrl: url, cMapPacked: true } : {}),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ImportError(`the PDF took more than ${TIME_LIMIT_MS / 1000} s to read`)), TIME_LIMIT_MS);
  });
  try {
    const work = (async () => {
      let document: PdfDocument;
      try {
        document = await task.promise;
      } catch (error) {
        throw new ImportError(reasonOf(error));
      }
      if (document.numPages > MAX_PAGES)
        throw new ImportError(`the PDF has ${document.numPages} pages, over the limit of ${MAX_PAGES} for a report`);
      const pages: TextPiece[][] = [];
      let characters = 0;
      for (let n = 1; n <= document.numPages; n++) {
        let page;
        let content;
        try {
          page = await document.getPage(n);
          content = await page.getTextContent();
        } catch (error) {
          throw new ImportError(reasonOf(error));
        }
        const height = page.getViewport({ scale: 1 }).height;
        const pieces: TextPiece[] = [];
        for (const item of content.items as { str?: string; transform?: number[]; width?: number; height?: number }[]) {
          if (typeof item.str !== 'string' || !item.transform) continue;
          characters += item.str.length;
          const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform;
          const size = Math.hypot(a, b) || Math.abs(d) || item.height || 10;
          // Rotated text (a stamp, a watermark) is not part of a table.
          if (Math.abs(b) > 0.01 * size) continue;
          pieces.push({ text: item.str, x, y: height - y, width: item.width ?? 0, size });
        }
        if (characters > MAX_TEXT)
          throw new ImportError(`the PDF holds more than ${MAX_TEXT} characters of text, over the limit for a report`);
        pages.push(pieces);
      }
      return pages;
    })();
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    void task.destroy().catch(() => undefined);
  }
}

export async function pdfRows(bytes: Uint8Array): Promise<SourceRow[]> {
  const pages = await readPieces(bytes);
  if (pages.every((pieces) => pieces.every((p) => p.text.trim() === ''))) {
    throw new ImportError('the PDF has no text layer (a scan or pictures of pages): it needs OCR first; import reads the text of a PDF');
  }
  return pages.flatMap(pageRows);
}
