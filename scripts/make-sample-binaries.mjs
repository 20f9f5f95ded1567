#!/usr/bin/env node
// Regenerates the non-UTF-8 and binary files of the embedded sample corpus
// (resources/sample-articles/) from the UTF-8 sources in
// resources/sample-articles-src/.
//
//   node scripts/make-sample-binaries.mjs           write the files
//   node scripts/make-sample-binaries.mjs --check   exit 1 if any file differs
//
// Output is byte-for-byte deterministic: no timestamps, no random numbers,
// stored (uncompressed) zip entries and zlib streams with fixed dates.
// Needs only Node >= 20.15 (zlib.crc32) and iconv-lite.

import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(root, 'resources', 'sample-articles-src');
const OUT = join(root, 'resources', 'sample-articles');
const CHECK = process.argv.includes('--check');

const crc32 = (buf) => zlib.crc32(buf) >>> 0;
const readSrc = (name) => readFileSync(join(SRC, name), 'utf8').replace(/\r\n/g, '\n');

// ---------------------------------------------------------------- output --

const results = [];
function emit(relPath, bytes) {
  const file = join(OUT, relPath);
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  const same = existsSync(file) && readFileSync(file).equals(buf);
  if (!CHECK && !same) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, buf);
  }
  results.push({ relPath, size: buf.length, same });
}

// ------------------------------------------------------ legacy encodings --

function encodeStrict(text, encoding) {
  const bytes = iconv.encode(text, encoding);
  const back = iconv.decode(bytes, encoding);
  if (back !== text) {
    const i = [...text].findIndex((ch, k) => ch !== [...back][k]);
    throw new Error(`${encoding}: cannot represent ${JSON.stringify([...text][i])}`);
  }
  return bytes;
}

function utf16le(text, { bom }) {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

const crlf = (text) => text.replace(/\n/g, '\r\n');

// ------------------------------------------------------------------- PDF --

// Helvetica advance widths (1/1000 em) for ASCII 32..126.
const HELV = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const charWidth = (ch) => {
  const c = ch.charCodeAt(0);
  if (c >= 32 && c <= 126) return HELV[c - 32];
  if (ch === '\u2014') return 1000;
  return 556;
};
const textWidth = (s, size, bold) =>
  ([...s].reduce((w, ch) => w + charWidth(ch), 0) * size * (bold ? 1.06 : 1)) / 1000;

// Unicode -> WinAnsiEncoding (cp1252) bytes; throws on anything else.
const CP1252_EXTRA = {
  '\u20ac': 0x80,
  '\u201a': 0x82,
  '\u0192': 0x83,
  '\u201e': 0x84,
  '\u2026': 0x85,
  '\u2020': 0x86,
  '\u2021': 0x87,
  '\u02c6': 0x88,
  '\u2030': 0x89,
  '\u0160': 0x8a,
  '\u2039': 0x8b,
  '\u0152': 0x8c,
  '\u017d': 0x8e,
  '\u2018': 0x91,
  '\u2019': 0x92,
  '\u201c': 0x93,
  '\u201d': 0x94,
  '\u2022': 0x95,
  '\u2013': 0x96,
  '\u2014': 0x97,
  '\u02dc': 0x98,
  '\u2122': 0x99,
  '\u0161': 0x9a,
  '\u203a': 0x9b,
  '\u0153': 0x9c,
  '\u017e': 0x9e,
  '\u0178': 0x9f,
};
function winAnsi(s) {
  const out = [];
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out.push(c);
    else if (CP1252_EXTRA[ch] !== undefined) out.push(CP1252_EXTRA[ch]);
    else throw new Error(`WinAnsi cannot encode ${JSON.stringify(ch)}`);
  }
  return Buffer.from(out);
}
const pdfString = (s) =>
  Buffer.concat([
    Buffer.from('('),
    Buffer.from(
      winAnsi(s)
        .toString('latin1')
        .replace(/[\\()]/g, '\\$&'),
      'latin1',
    ),
    Buffer.from(')'),
  ]);

function wrap(text, size, bold, maxWidth) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Source layout: line 1 title, line 2 outlet/date line, line 3 byline, blank, paragraphs. */
function parseArticleSource(text) {
  const [head, ...rest] = text.trim().split(/\n\s*\n/);
  const [title, dateline, byline] = head.split('\n');
  const paragraphs = rest.flatMap((block) => {
    const lines = block.split('\n');
    // A block whose lines start with "- " is a list; otherwise one paragraph.
    if (lines.slice(1).every((l) => l.startsWith('- ')) && lines.length > 1)
      return [{ text: lines[0] }, ...lines.slice(1).map((l) => ({ text: l.slice(2), bullet: true }))];
    if (lines.every((l) => l.startsWith('- '))) return lines.map((l) => ({ text: l.slice(2), bullet: true }));
    return [{ text: lines.join(' ') }];
  });
  return { title, dateline, byline, paragraphs };
}

function makePdf({ title, dateline, byline, paragraphs }, info) {
  const W = 595,
    H = 842,
    M = 64,
    maxW = W - 2 * M;
  const pages = [[]];
  let y = H - M;
  const put = (font, size, lead, lines, indent = 0, gapAfter = 0) => {
    for (const line of lines) {
      if (y - lead < M) {
        pages.push([]);
        y = H - M;
      }
      y -= lead;
      pages[pages.length - 1].push({ font, size, x: M + indent, y, line });
    }
    y -= gapAfter;
  };
  put('F2', 18, 23, wrap(title, 18, true, maxW), 0, 6);
  put('F1', 10, 14, [dateline]);
  if (byline) put('F1', 10, 14, [byline]);
  y -= 10;
  for (const p of paragraphs) {
    if (p.bullet) {
      const lines = wrap(p.text, 11, false, maxW - 14);
      put('F1', 11, 15, [`- ${lines[0]}`], 0, 0);
      put('F1', 11, 15, lines.slice(1), 10, 0);
      y -= 2;
    } else put('F1', 11, 15, wrap(p.text, 11, false, maxW), 0, 7);
  }

  const objects = []; // index = object number - 1
  const add = (body) => objects.push(body);
  add(null); // 1 catalog (filled later)
  add(null); // 2 pages
  add(Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')); // 3
  add(Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')); // 4
  const kids = [];
  for (const page of pages) {
    const ops = [];
    for (const { font, size, x, y: ly, line } of page) {
      ops.push(
        Buffer.from(`BT /${font} ${size} Tf ${x.toFixed(2)} ${ly.toFixed(2)} Td `),
        pdfString(line),
        Buffer.from(' Tj ET\n'),
      );
    }
    const content = Buffer.concat(ops);
    add(
      Buffer.concat([
        Buffer.from(`<< /Length ${content.length} >>\nstream\n`),
        content,
        Buffer.from('endstream'),
      ]),
    );
    const contentNum = objects.length;
    add(
      Buffer.from(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${W} ${H}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${contentNum} 0 R >>`,
      ),
    );
    kids.push(objects.length);
  }
  objects[0] = Buffer.from('<< /Type /Catalog /Pages 2 0 R >>');
  objects[1] = Buffer.from(
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
  );
  add(
    Buffer.concat([
      Buffer.from('<< /Title '),
      pdfString(info.title),
      Buffer.from(' /Author '),
      pdfString(info.author),
      Buffer.from(' /Subject '),
      pdfString(info.subject),
      Buffer.from(
        ` /Producer (Dossier sample generator) /CreationDate (${info.pdfDate}) /ModDate (${info.pdfDate}) >>`,
      ),
    ]),
  );
  const infoNum = objects.length;

  const chunks = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    chunks.push(obj);
    offset += obj.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    '0000000000 65535 f \n',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  const id = crc32(Buffer.concat(chunks)).toString(16).padStart(8, '0').repeat(4);
  chunks.push(
    Buffer.from(
      `${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoNum} 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${offset}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(chunks);
}

// ------------------------------------------------------------------- ZIP --

/** Minimal stored (method 0) zip with a fixed DOS timestamp. */
function makeZip(entries, { year, month, day, hour = 0, minute = 0 }) {
  const dosTime = (hour << 11) | (minute << 5);
  const dosDate = ((year - 1980) << 9) | (month << 5) | day;
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBuf, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attrs
    central.writeUInt32LE(0, 38); // external attrs
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

// ------------------------------------------------------------------ DOCX --

const xmlEscape = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function makeDocx({ title, dateline, byline, paragraphs }, info) {
  const para = (text, style) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
  const body = [
    para(title, 'Heading1'),
    para(dateline),
    ...(byline ? [para(byline)] : []),
    ...paragraphs.map((p) => para(p.bullet ? `\u2022 ${p.text}` : p.text)),
  ].join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const style = (id, name, { type = 'paragraph', size, bold, italic, color, basedOn, next, outline } = {}) =>
    `<w:style w:type="${type}" w:styleId="${id}"${id === 'Normal' ? ' w:default="1"' : ''}><w:name w:val="${name}"/>` +
    (basedOn ? `<w:basedOn w:val="${basedOn}"/>` : '') +
    (next ? `<w:next w:val="${next}"/>` : '') +
    '<w:qFormat/>' +
    (outline !== undefined
      ? `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${outline}"/></w:pPr>`
      : '<w:pPr><w:spacing w:after="160"/></w:pPr>') +
    `<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}${color ? `<w:color w:val="${color}"/>` : ''}${size ? `<w:sz w:val="${size}"/>` : ''}</w:rPr></w:style>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}">${[
    style('Normal', 'Normal', { size: 22 }),
    style('Title', 'Title', { basedOn: 'Normal', next: 'Normal', size: 44, bold: true, outline: 0 }),
    style('Heading1', 'heading 1', { basedOn: 'Normal', next: 'Normal', size: 32, bold: true, outline: 0 }),
    style('Subtitle', 'Subtitle', {
      basedOn: 'Normal',
      next: 'Normal',
      size: 20,
      italic: true,
      color: '595959',
    }),
    style('ListParagraph', 'List Paragraph', { basedOn: 'Normal' }),
  ].join('')}</w:styles>`;
  const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlEscape(info.title)}</dc:title><dc:creator>${xmlEscape(info.author)}</dc:creator><dc:subject>${xmlEscape(info.subject)}</dc:subject><dcterms:created xsi:type="dcterms:W3CDTF">${info.isoDate}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${info.isoDate}</dcterms:modified></cp:coreProperties>`;
  const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Dossier sample generator</Application></Properties>`;
  const d = new Date(info.isoDate);
  return makeZip(
    [
      { name: '[Content_Types].xml', data: Buffer.from(contentTypes) },
      { name: '_rels/.rels', data: Buffer.from(rels) },
      { name: 'docProps/core.xml', data: Buffer.from(core) },
      { name: 'docProps/app.xml', data: Buffer.from(app) },
      { name: 'word/document.xml', data: Buffer.from(document) },
      { name: 'word/_rels/document.xml.rels', data: Buffer.from(docRels) },
      { name: 'word/styles.xml', data: Buffer.from(styles) },
    ],
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
    },
  );
}

// ------------------------------------------------------------------ junk --

/** 4 KiB of deterministic xorshift noise with plenty of NUL bytes. */
function binaryNoise(size = 4096) {
  const buf = Buffer.alloc(size);
  let x = 0x2545f491;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    buf[i] = i % 7 === 0 || (i >= 512 && i < 640) ? 0 : x & 0xff;
  }
  Buffer.from('\x89DSR\r\n\x1a\n', 'latin1').copy(buf, 0);
  return buf;
}

/** Tiny valid PNG (32x16 greyscale bar chart) using stored deflate blocks. */
function tinyPng() {
  const w = 32,
    h = 16;
  const bars = [5, 9, 7, 12, 14, 10, 15, 11];
  const raw = Buffer.alloc(h * (w + 1));
  for (let y = 0; y < h; y++) {
    raw[y * (w + 1)] = 0; // filter: none
    for (let x = 0; x < w; x++) {
      const bar = bars[Math.floor(x / 4)];
      const inBar = x % 4 !== 3 && h - y <= bar;
      raw[y * (w + 1) + 1 + x] = inBar ? 0x40 : 0xff;
    }
  }
  // zlib stream: header, one final stored block, adler32
  let a = 1,
    b = 0;
  for (const byte of raw) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const len = raw.length;
  const stored = Buffer.concat([
    Buffer.from([0x78, 0x01, 0x01, len & 0xff, len >> 8, ~len & 0xff, (~len >> 8) & 0xff]),
    raw,
    Buffer.from([(b >> 8) & 0xff, b & 0xff, (a >> 8) & 0xff, a & 0xff]),
  ]);
  const chunk = (type, data) => {
    const len4 = Buffer.alloc(4);
    len4.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len4, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', stored),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ------------------------------------------------------------------ main --

// Legacy Cyrillic encodings (Russian-language articles).
emit('переговоры-1251.txt', encodeStrict(crlf(readSrc('ru-severny-kuryer-2025-12-03.txt')), 'windows-1251'));
emit(
  'regional/obozrevatel-peskov-koi8r.txt',
  encodeStrict(readSrc('ru-vecherny-obozrevatel-2025-12-09.txt'), 'koi8-r'),
);

// UTF-16 little-endian, with BOM (Notepad-style CRLF) and without BOM (LF).
emit(
  'wires/pacific-wire-sanctions-utf16le-bom.txt',
  utf16le(crlf(readSrc('pacific-wire-sanctions-2025-12-05.txt')), { bom: true }),
);
emit(
  'wires/meridian-nato-ministers-utf16le-nobom.txt',
  utf16le(readSrc('meridian-nato-ministers-2025-12-03.txt'), { bom: false }),
);

// PDF 1.4 with a real Helvetica/WinAnsi text layer.
{
  const article = parseArticleSource(readSrc('gulf-chronicle-riyadh-offer-2025-12-16.txt'));
  emit(
    'briefs/gulf-chronicle-riyadh-offer-2025-12-16.pdf',
    makePdf(article, {
      title: article.title,
      author: 'Faisal Al Mansoori, Gulf Chronicle',
      subject: 'Gulf Chronicle, print edition, 16 December 2025',
      pdfDate: "D:20251216060000+04'00'",
    }),
  );
}

// Minimal DOCX (stored zip, fixed timestamps).
{
  const article = parseArticleSource(readSrc('eastern-standard-guarantee-text-2025-12-17.txt'));
  emit(
    'briefs/eastern-standard-guarantee-text-2025-12-17.docx',
    makeDocx(article, {
      title: article.title,
      author: 'Marta Zielińska',
      subject: 'The Eastern Standard, 17 December 2025',
      isoDate: '2025-12-17T09:30:00Z',
    }),
  );
}

// Junk that ingest must skip gracefully.
emit('junk/corrupted-download.txt', binaryNoise());
emit('junk/chart.png', tinyPng());
emit('empty.txt', Buffer.alloc(0));

let dirty = 0;
for (const { relPath, size, same } of results) {
  if (!same) dirty++;
  console.log(
    `${same ? 'unchanged' : CHECK ? 'DIFFERS  ' : 'written  '}  ${String(size).padStart(6)}  ${relative(root, join(OUT, relPath))}`,
  );
}
if (CHECK && dirty) {
  console.error(`${dirty} generated file(s) out of date; run node scripts/make-sample-binaries.mjs`);
  process.exit(1);
}
