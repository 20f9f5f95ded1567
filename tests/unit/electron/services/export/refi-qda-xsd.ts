import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';

/** The official REFI-QDA Project.xsd (QDA-XML 1.0, 18 March 2019), vendored with its MIT notice. */
const XSD = readFileSync(path.resolve(__dirname, '../../../../fixtures/refi-qda/Project.xsd'), 'utf8');

/** libxml2's schema errors for a project.qde against the official schema ([] when valid). */
export async function xsdErrors(qde: string): Promise<string[]> {
  const r = await validateXML({
    xml: [{ fileName: 'project.qde', contents: qde }],
    schema: [{ fileName: 'Project.xsd', contents: XSD }],
  });
  return r.valid ? [] : r.errors.map((e) => e.message);
}

/** The project.qde of a .qdpx archive. */
export function qdeOf(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['project.qde'] as Uint8Array);
}
