/**
 * Loads a package at run time by name. The HTML, PDF and DOCX libraries ship in node_modules (pdf.js must:
 * it loads its own modules), and their type declarations assume a browser DOM that the Node tsconfig does
 * not include, so each extractor declares the few members it uses and parses results as `unknown`.
 */
export async function loadModule(name: string): Promise<unknown> {
  return (await import(name)) as unknown;
}
