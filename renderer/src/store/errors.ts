/** The text to show for a failed call: the services' message already says what happened and what to do. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
