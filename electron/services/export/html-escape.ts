/** Escapes text for HTML element content and double-quoted attribute values (and XML alike). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * A URL safe to put in an href of the report: only our own `dossier://` links are kept; anything else
 * (javascript:, data:, http:) yields null so the report never links out or runs code.
 */
export function safeHref(url: string): string | null {
  return /^dossier:\/\/open\?[A-Za-z0-9%&=._~+-]*$/.test(url) ? url : null;
}
