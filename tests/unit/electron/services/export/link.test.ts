import { describe, expect, it } from 'vitest';
import {
  documentLink,
  dossierLink,
  parseDossierLink,
  passageLink,
} from '../../../../../electron/services/export/link';

const PROJECT = '3f2c9a7e-5b1d-4c8e-9a6f-0d1e2f3a4b5c';

describe('dossier:// passage links (ADR 073)', () => {
  it('writes the portable form: project id, folder name, document, offsets, hash prefix; no path', () => {
    const link = passageLink({
      project: PROJECT,
      name: 'Geneva talks',
      docId: 'news/wire.txt#2',
      start: 10,
      end: 42,
      contentHash: 'ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789',
    });
    expect(link).toBe(
      `dossier://open?v=2&project=${PROJECT}&name=Geneva%20talks&doc=news%2Fwire.txt%232&start=10&end=42&sha256=abcdef0123456789`,
    );
    expect(parseDossierLink(link)).toEqual({
      version: 2,
      folder: '',
      project: PROJECT,
      name: 'Geneva talks',
      doc: 'news/wire.txt#2',
      start: 10,
      end: 42,
      sha256: 'abcdef0123456789',
      quote: null,
    });
  });

  it('leaves out what a folder without a project id or hash cannot give', () => {
    const link = passageLink({
      project: null,
      name: 'g',
      docId: 'a.txt',
      start: 1,
      end: 2,
      contentHash: null,
    });
    expect(link).toBe('dossier://open?v=2&name=g&doc=a.txt&start=1&end=2');
    expect(parseDossierLink(link)).toMatchObject({ version: 2, project: null, sha256: null });
  });

  it('carries the quote, cut to its first 200 characters, so a changed file can be searched (ADR 077)', () => {
    const ref = { project: null, name: 'g', docId: 'a.txt', start: 5, end: 40, contentHash: null };
    const link = passageLink({ ...ref, quote: 'sanctions relief "is not on the table"' });
    expect(link).toBe(
      'dossier://open?v=2&name=g&doc=a.txt&start=5&end=40&q=sanctions%20relief%20%22is%20not%20on%20the%20table%22',
    );
    expect(parseDossierLink(link)?.quote).toBe('sanctions relief "is not on the table"');
    const long = `${'x'.repeat(199)}😀 and more`;
    expect(parseDossierLink(passageLink({ ...ref, quote: long }))?.quote).toBe('x'.repeat(199));
    expect(passageLink({ ...ref, quote: '' })).not.toContain('q=');
    // A link from anywhere: an implausibly long q is ignored, not trusted.
    expect(parseDossierLink(`dossier://open?v=2&doc=a.txt&q=${'y'.repeat(1001)}`)?.quote).toBeNull();
  });

  it('still parses legacy links and takes the folder name from their path', () => {
    const old = 'dossier://open?folder=%2Fanalyst%2Fcases%2Fgeneva&doc=talks-wire.txt&start=245&end=282';
    expect(parseDossierLink(old)).toEqual({
      version: 1,
      folder: '/analyst/cases/geneva',
      project: null,
      name: 'geneva',
      doc: 'talks-wire.txt',
      start: 245,
      end: 282,
      sha256: null,
      quote: null,
    });
    expect(parseDossierLink(dossierLink('C:\\Cases\\Kyiv', 'a.txt', 1, 2))?.name).toBe('Kyiv');
  });

  it('is strict with what a link from anywhere may carry', () => {
    expect(parseDossierLink('https://example.invalid/?doc=a')).toBeNull();
    expect(parseDossierLink('dossier://open?v=2&name=x')).toBeNull();
    const odd = parseDossierLink('dossier://open?v=2&project=../../etc&doc=a.txt&start=-1&end=1e3&sha256=zz');
    expect(odd).toMatchObject({ project: null, start: null, end: null, sha256: null });
  });

  it('the document part drops offsets, hash and quote (a Web Annotation target source)', () => {
    const link = passageLink({
      project: PROJECT,
      name: 'g',
      docId: 'a.txt',
      start: 1,
      end: 2,
      contentHash: 'ab',
      quote: 'a quote',
    });
    expect(documentLink(link)).toBe(`dossier://open?v=2&project=${PROJECT}&name=g&doc=a.txt`);
    expect(documentLink(dossierLink('/x', 'a.txt', 1, 2))).toBe('dossier://open?folder=%2Fx&doc=a.txt');
  });
});
