/**
 * Hostile and oversized inputs for the reliability scenarios, generated on the fly (nothing large is
 * committed): a sparse 500 MB file, a single-line text, a DOCX zip bomb, a PDF carrying JavaScript, a PDF
 * whose content stream takes pdf.js far longer than the time limit, and a deep tree of small files.
 */
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync, zlibSync } from 'fflate';

/** A plain article every scenario folder holds, proving the scan went on past the bad input. */
export const ARTICLE =
  'Harbour talks resume after a pause of two months\n\nNegotiators met again on Monday, officials said, after a pause that had lasted since the spring.\n';

/** A sparse file of `bytes` (costs no disk: ftruncate only moves the end). */
export async function sparseFile(file: string, bytes: number): Promise<void> {
  const h = await open(file, 'w');
  try {
    await h.truncate(bytes);
  } finally {
    await h.close();
  }
}

/** A text file that is one line of `bytes` bytes (words, no newline until the end). */
export async function singleLine(file: string, bytes: number): Promise<void> {
  const word = 'analysis ';
  const chunk = Buffer.from(word.repeat(Math.floor((1 << 20) / word.length)));
  const h = await open(file, 'w');
  try {
    for (let written = 0; written < bytes;) {
      const n = Math.min(chunk.length, bytes - written);
      await h.write(chunk, 0, n);
      written += n;
    }
    await h.write('\n');
  } finally {
    await h.close();
  }
}

/**
 * A DOCX whose word/document.xml inflates to `inflatedBytes` from about a thousandth of that (spaces deflate
 * ~1000:1), the shape of the bomb that took down every tab in tandem#1310.
 */
export function zipBomb(inflatedBytes: number): Uint8Array {
  const body = new Uint8Array(inflatedBytes).fill(0x20);
  const xml = strToU8(
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>',
  );
  body.set(xml, 0);
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      'word/document.xml': [body, { level: 9 }],
    },
    { level: 9 },
  );
}

/** Assembles a PDF from numbered object bodies (1-based), with a correct xref table. */
function pdf(objects: (string | Uint8Array)[], rootRef = '1 0 R'): Uint8Array {
  const parts: Uint8Array[] = [];
  let length = 0;
  const push = (s: string | Uint8Array) => {
    const b = typeof s === 'string' ? Buffer.from(s, 'latin1') : s;
    parts.push(b);
    length += b.length;
  };
  push('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    push(`${i + 1} 0 obj\n`);
    push(body);
    push('\nendobj\n');
  });
  const xref = length;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const o of offsets) push(`${String(o).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${objects.length + 1} /Root ${rootRef} >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

function stream(content: string | Uint8Array, filter = ''): Uint8Array {
  const body = typeof content === 'string' ? Buffer.from(content, 'latin1') : content;
  return Buffer.concat([
    Buffer.from(`<< /Length ${body.length}${filter ? ` /Filter ${filter}` : ''} >>\nstream\n`, 'latin1'),
    body,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

/**
 * A one-page PDF with a text layer and JavaScript in both places a viewer runs it: the catalog's
 * /OpenAction and the /Names /JavaScript tree. The script would set a global and write `marker`.
 */
export function pdfWithJavaScript(marker: string, text: string): Uint8Array {
  const js = `globalThis.__dossierPwned = 1; try { require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned'); } catch (e) {} app.alert('pwned');`;
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /Names << /JavaScript 7 0 R >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /AA << /O 6 0 R >> >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    stream(`BT /F1 14 Tf 72 720 Td (${esc(text)}) Tj ET`),
    `<< /Type /Action /S /JavaScript /JS (${esc(js)}) >>`,
    '<< /Names [(pwn) 6 0 R] >>',
  ]);
}

/**
 * A small PDF whose single page's content stream inflates to `ops` text-showing operators (a few MB on
 * disk after deflate): pdf.js spends far longer on it than any sane per-file limit, so the pool must kill it.
 */
export function slowPdf(ops: number): Uint8Array {
  const op = Buffer.from('BT /F1 9 Tf 1 0 0 1 72 700 Tm (busy busy busy busy) Tj ET\n', 'latin1');
  const raw = Buffer.alloc(op.length * ops);
  for (let i = 0; i < ops; i++) op.copy(raw, i * op.length);
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    stream(zlibSync(raw, { level: 6 }), '/FlateDecode'),
  ]);
}

/** `perLevel` articles in each of `depth` nested folders (depth × perLevel files). */
export async function deepTree(root: string, depth: number, perLevel: number): Promise<number> {
  let dir = root;
  let count = 0;
  for (let d = 0; d < depth; d++) {
    dir = path.join(dir, `level-${String(d).padStart(2, '0')}`);
    await mkdir(dir, { recursive: true });
    const here = dir;
    for (let i = 0; i < perLevel; i += 200)
      await Promise.all(
        Array.from({ length: Math.min(200, perLevel - i) }, (_, k) =>
          writeFile(
            path.join(here, `story-${i + k}.txt`),
            `Story ${d}-${i + k} headline words\n\n${ARTICLE}`,
          ),
        ),
      );
    count += perLevel;
  }
  return count;
}
