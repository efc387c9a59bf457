// Hostile inputs that must be refused quickly and in little memory: archives that expand to far more than
// they weigh, web pages and YAML/JSON nested deeper than any report, a PDF of more pages than a report
// has. The tests check what each is refused with (tests/import-sources.test.ts, tests/hostile.test.ts);
// `npm run bench` measures how long each takes and how much memory, against 2 s and 200 MB. (The PDF writer
// also builds fixtures/import-pdf/encrypted.pdf, in scripts/build-pdf-fixtures.mjs.)
import { constants, deflateRawSync } from 'node:zlib';

/** A raw deflate stream of `megabytes` MB of zeros, about 1 KB per MB, made without holding them. */
export function zeroBomb(megabytes) {
  const block = deflateRawSync(new Uint8Array(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const out = new Uint8Array(block.length * megabytes + 2);
  for (let i = 0; i < megabytes; i++) out.set(block, i * block.length);
  out.set([0x03, 0x00], block.length * megabytes); // an empty final block
  return out;
}

/** A zip of one deflated entry, its size declared as given (a bomb may state the truth or lie). */
export function zipOf(name, data, declaredSize) {
  const nameBytes = new TextEncoder().encode(name);
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(8, 8, true);
  local.setUint32(18, data.length, true);
  local.setUint32(22, declaredSize, true);
  local.setUint16(26, nameBytes.length, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(10, 8, true);
  central.setUint32(20, data.length, true);
  central.setUint32(24, declaredSize, true);
  central.setUint16(28, nameBytes.length, true);
  central.setUint32(42, 0, true);
  const centralAt = 30 + nameBytes.length + data.length;
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 46 + nameBytes.length, true);
  end.setUint32(16, centralAt, true);
  const parts = [new Uint8Array(local.buffer), nameBytes, data, new Uint8Array(central.buffer), nameBytes, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The text of a PDF made of `objects` (numbered from 1, the first the catalogue) with its cross-reference
 * table; `trailer` adds entries to the trailer dictionary.
 */
export function pdfOf(objects, trailer = '') {
  let text = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return text;
}

/** A PDF whose page tree names `pages` empty pages. */
export function pdfOfPages(pages) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ')}] /Count ${pages} >>`,
  ];
  for (let i = 0; i < pages; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>');
  return new TextEncoder().encode(pdfOf(objects));
}

/** Nine aliases of nine aliases, nine deep: 9⁹ strings if every alias were expanded. */
export const BILLION_LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
  '',
].join('\n');

const text = (value) => new TextEncoder().encode(value);

/**
 * The archive and nesting bombs, each with the command that reads it and the exit code of a refusal:
 * import refuses with 2 (it cannot do its job), lint reports a `parse` finding with 1.
 */
export function bombs() {
  const bomb = zeroBomb(800);
  return [
    {
      name: 'Word file of 800 KB declaring 800 MB',
      file: 'declared.docx',
      command: 'import',
      exit: 2,
      bytes: () => zipOf('word/document.xml', bomb, 800 * 1024 * 1024),
    },
    {
      name: 'Word file of 800 KB declaring 1 KB (it lies)',
      file: 'lying.docx',
      command: 'import',
      exit: 2,
      bytes: () => zipOf('word/document.xml', bomb, 1000),
    },
    {
      name: 'web page nested 200,000 deep',
      file: 'nested.html',
      command: 'import',
      exit: 2,
      bytes: () => text(`<html><body>${'<div>'.repeat(200_000)}一、总体情况</body></html>`),
    },
    {
      name: 'web page of 500,000 elements',
      file: 'spans.html',
      command: 'import',
      exit: 2,
      bytes: () => text(`<html><body>${'<span>x</span>'.repeat(500_000)}</body></html>`),
    },
    {
      name: 'web page of 17 M characters',
      file: 'large.html',
      command: 'import',
      exit: 2,
      bytes: () => text(`<html><body><p>${'一'.repeat(17 * 1024 * 1024)}</p></body></html>`),
    },
    { name: 'PDF of 301 pages', file: 'pages.pdf', command: 'import', exit: 2, bytes: () => pdfOfPages(301) },
    { name: 'YAML alias bomb (billion laughs)', file: 'laughs.yaml', command: 'lint', exit: 1, bytes: () => text(BILLION_LAUGHS) },
    {
      name: 'YAML flow nested 100,000 deep',
      file: 'deep-flow.yaml',
      command: 'lint',
      exit: 1,
      bytes: () => text(`${'['.repeat(100_000)}${']'.repeat(100_000)}\n`),
    },
    {
      name: 'JSON nested 50,000 deep',
      file: 'deep.json',
      command: 'lint',
      exit: 1,
      bytes: () => text(`${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}\n`),
    },
    {
      name: 'YAML sequences nested 20,000 deep',
      file: 'deep-dash.yaml',
      command: 'lint',
      exit: 1,
      bytes: () => text(`${'- '.repeat(20_000)}x\n`),
    },
  ];
}
