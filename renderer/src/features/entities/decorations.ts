import type { DocMention, EntityType } from '../../../../shared/model/entity';
import type { WorkbenchState } from '../../store/create-store';
import type { Decoration } from '../reader/decorations';

/** CSS class suffix per type (the reader's stylesheet colours entity-person / entity-org / entity-place). */
export const TYPE_CLASS: Record<EntityType, string> = {
  person: 'person',
  organisation: 'org',
  place: 'place',
};
/** Display label per type. */
export const TYPE_LABEL: Record<EntityType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
};

const NONE: Decoration[] = [];
const memo = new WeakMap<readonly DocMention[], Decoration[]>();

/** Entity mentions of `docId` as reader underlines (click → entity page, via `refId`). */
export function entityDecorations(state: WorkbenchState, docId: string): Decoration[] {
  const mentions = state.entityMentions[docId];
  if (!mentions) return NONE;
  let out = memo.get(mentions);
  if (!out) {
    out = mentions.map((m) => ({
      start: m.start,
      end: m.end,
      kind: 'entity' as const,
      className: `entity-${TYPE_CLASS[m.type]}`,
      refId: m.entityId,
      label: `${m.type}: ${m.name}`,
    }));
    memo.set(mentions, out);
  }
  return out;
}
