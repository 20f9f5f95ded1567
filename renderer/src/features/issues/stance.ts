import type { IssueStatus, Stance } from '../../../../shared/model/issue';

/** Stance colours: warm for friction, cool for movement (legend order = STANCES). */
export const STANCE_COLOUR: Record<Stance, string> = {
  raises: '#e0a100',
  blocks: '#c62828',
  progress: '#1f6fb2',
  resolves: '#2e7d32',
  other: '#8a8a8a',
};

/** Words an analyst reads for each stance. */
export const STANCE_LABEL: Record<Stance, string> = {
  raises: 'raises',
  blocks: 'blocks',
  progress: 'progress',
  resolves: 'resolves',
  other: 'other',
};

/** Column titles of the board. */
export const STATUS_LABEL: Record<IssueStatus, string> = {
  open: 'Open',
  contested: 'Contested',
  progress: 'In progress',
  resolved: 'Resolved',
};

/** One line of a long quote. */
export function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
