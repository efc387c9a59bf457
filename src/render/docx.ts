/**
 * The report as a Word document (.docx, with the `docx` library): A4, the title, the publication
 * date, the six parts with their headings, and tables 二 三 四 with their merged cells as the template
 * merges them. Bundled apart (dist/render-docx.js): only `render --to docx` loads it.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { ReportDocument } from './document.js';
import type { GridCell, TableGrid } from '../format/table-grid.js';

// Sizes in half-points, lengths in twentieths of a point (twips), as Word counts them.
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1440, bottom: 1440, left: 1588, right: 1474 };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const FONTS = {
  title: '方正小标宋简体',
  heading: '黑体',
  body: '仿宋_GB2312',
  table: '宋体',
};
const SIZE = { title: 44, heading: 32, body: 32, table: 21, note: 18 };

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name });
const run = (text: string, fontName: string, size: number, bold = false) => new TextRun({ text, font: font(fontName), size, bold });

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

function textParagraph(line: string): Paragraph {
  // A blank line between paragraphs is a paragraph of one space: Word keeps it, and it reads back as a blank line.
  return new Paragraph({
    children: [run(line === '' ? ' ' : line, FONTS.body, SIZE.body)],
    indent: { firstLine: 640 },
    spacing: { line: 560, lineRule: 'exact' as const },
  });
}

function cellOf(cell: GridCell, doc: ReportDocument, widths: readonly number[], column: number): TableCell {
  const span = cell.colSpan ?? 1;
  const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
  const isNote = cell.kind === 'header' && cell.scope === undefined;
  const text = cell.kind === 'data' ? doc.cellText(cell.pointer) : cell.text;
  const leftAligned = cell.kind === 'header' && (cell.scope === 'row' || cell.scope === 'rowgroup' || isNote);
  return new TableCell({
    children: [
      new Paragraph({
        children:
          text === '' ? [] : [run(text, FONTS.table, isNote ? SIZE.note : SIZE.table, cell.kind === 'header' && cell.scope === 'colgroup')],
        alignment: leftAligned ? AlignmentType.LEFT : AlignmentType.CENTER,
      }),
    ],
    ...(cell.colSpan && cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(cell.rowSpan && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
  });
}

function tableOf(table: TableGrid, doc: ReportDocument): Table {
  const total = table.widths.reduce((a, b) => a + b, 0);
  const widths = table.widths.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  // Which columns are taken by cells merged down from rows above, so that each cell knows its column.
  const taken: boolean[][] = [];
  const rows = [...table.head.map((cells) => ({ cells, header: true })), ...table.body.map((cells) => ({ cells, header: false }))];
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: rows.map(({ cells, header }, r) => {
      let column = 0;
      const children = cells.map((cell) => {
        while (taken[r]?.[column]) column += 1;
        for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) {
          const line = (taken[r + dr] ??= []);
          for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) line[column + dc] = true;
        }
        const made = cellOf(cell, doc, widths, column);
        column += cell.colSpan ?? 1;
        return made;
      });
      return new TableRow({ children, cantSplit: true, ...(header ? { tableHeader: true } : {}) });
    }),
  });
}

export async function reportDocx(doc: ReportDocument, options: { readonly generator: string }): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ children: [run(doc.title, FONTS.title, SIZE.title)], alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
  ];
  if (doc.published) {
    children.push(
      new Paragraph({
        children: [run(`发布日期：${doc.published}`, FONTS.body, SIZE.table)],
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
      }),
    );
  }
  for (const part of doc.parts) {
    children.push(
      new Paragraph({
        children: [run(part.heading, FONTS.heading, SIZE.heading)],
        heading: HeadingLevel.HEADING_2,
        keepNext: true,
        spacing: { before: 240 },
      }),
    );
    if (part.kind === 'text') children.push(...part.lines.map(textParagraph));
    else children.push(tableOf(part.table, doc));
  }
  const document = new Document({
    creator: options.generator,
    title: doc.title,
    styles: {
      paragraphStyles: [
        {
          id: 'Heading2',
          name: 'Heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: font(FONTS.heading), size: SIZE.heading, color: '000000' },
        },
      ],
    },
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
