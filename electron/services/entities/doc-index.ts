import type { DocMention, EntitySummary } from '../../../shared/model/entity';
import { pauser } from '../slices';
import type { EntityRecord } from './types';
import { docMention, summarise } from './views';

const indexes = new WeakMap<readonly EntityRecord[], Promise<Map<string, DocMention[]>>>();
const summaries = new WeakMap<readonly EntityRecord[], Promise<Map<EntityRecord, EntitySummary>>>();

/**
 * The list row of every entity of one built list, made once per list in time slices: at 100k articles
 * summarising every entity (each counts its aliases over its mentions) held the services thread for
 * hundreds of milliseconds on each `entities.list`.
 */
export function summariesOf(all: readonly EntityRecord[]): Promise<Map<EntityRecord, EntitySummary>> {
  let made = summaries.get(all);
  if (!made) summaries.set(all, (made = summariseAll(all)));
  return made;
}

async function summariseAll(all: readonly EntityRecord[]): Promise<Map<EntityRecord, EntitySummary>> {
  const out = new Map<EntityRecord, EntitySummary>();
  const pause = pauser();
  for (const e of all) {
    await pause();
    out.set(e, summarise(e));
  }
  return out;
}

/**
 * The mentions of each document for one built entity list, built once per list in time slices. Every
 * document switch asks for its mentions, and answering that by walking every mention of the folder
 * (`mentionsInDoc`) cost tens of milliseconds per switch at 100k articles. Same answer, same order: a
 * document's mentions are taken in list order and sorted stably by start.
 */
export function mentionsByDoc(all: readonly EntityRecord[]): Promise<Map<string, DocMention[]>> {
  let index = indexes.get(all);
  if (!index) indexes.set(all, (index = build(all)));
  return index;
}

async function build(all: readonly EntityRecord[]): Promise<Map<string, DocMention[]>> {
  const out = new Map<string, DocMention[]>();
  const pause = pauser();
  for (const e of all) {
    await pause();
    if (e.hidden) continue;
    for (const m of e.mentions) {
      let list = out.get(m.docId);
      if (!list) out.set(m.docId, (list = []));
      list.push(docMention(e, m));
    }
  }
  for (const list of out.values()) {
    await pause();
    list.sort((a, b) => a.start - b.start);
  }
  return out;
}
