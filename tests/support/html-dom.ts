import { createRequire } from 'node:module';

/**
 * linkedom for tests that parse HTML output, loaded without its own type declarations: they redeclare
 * lib.dom's element classes and do not type-check beside it with skipLibCheck off. lib.dom's types
 * describe what the tests use.
 */
const linkedom = createRequire(__filename)('linkedom') as {
  parseHTML(html: string): { document: Document };
  DOMParser: new () => DOMParser;
};

/** Parses an HTML page into a DOM document. */
export const parseHTML = linkedom.parseHTML;
/** A DOMParser implementation for XML and HTML strings. */
export const HtmlDomParser = linkedom.DOMParser;
