import type { Decision, EntityType } from '../../../shared/model/entity';
import { DossierError } from '../errors';
import type { Session } from '../session';
import { entityId, personKey } from './cluster';
import { foldName } from './fold';
import { exportGazetteer, importGazetteer } from './gazetteer-csv';
import { registerEntitySearch } from './search-provider';
import { decide, decisionLog, entityModel, onEntitiesChanged, undoDecision } from './service';
import { resolveId } from './types';
import { mentionsByDoc, summariesOf } from './doc-index';
import { detail, graph, summarise } from './views';
import { issueCollections } from '../issues/store';
import type { EntityRecord } from './types';

/** Handlers of the `entities.*` methods; also plugs `entity:` into search and pushes change events. */
export function entitiesHandlers(session: Session) {
  registerEntitySearch(session);
  onEntitiesChanged(session, (reason) => session.events.emit('entities.changed', { reason }));
  return {
    'entities.list': async ({
      type,
      includeHidden,
    }: {
      type?: EntityType | undefined;
      includeHidden?: boolean | undefined;
    }) => {
      const built = await entityModel(session);
      const rows = await summariesOf(built.list);
      const entities = built.list
        .filter((e) => (includeHidden || !e.hidden) && (!type || e.type === type))
        .map((e) => rows.get(e) ?? summarise(e));
      const suggestions = built.suggestions.filter((s) => !type || s.entities[0].startsWith(`${type}:`));
      return { entities, suggestions };
    },
    'entities.get': async ({ id }: { id: string }) => {
      const built = await entityModel(session);
      const e = built.model.entities.get(resolveId(built.model, id));
      if (!e)
        throw new DossierError(
          'not_found',
          `entities: no entity "${id}" in this folder; it may have been merged or the text changed — reopen the Entities tab.`,
        );
      return { ...detail(e, built.list, built.docs, built.suggestions), issues: await issuesOf(session, e) };
    },
    'entities.forDocument': async ({ docId }: { docId: string }) => [
      ...((await mentionsByDoc((await entityModel(session)).list)).get(docId) ?? []),
    ],
    'entities.graph': async (p: {
      type?: EntityType | undefined;
      limit?: number | undefined;
      minWeight?: number | undefined;
    }) => graph((await entityModel(session)).list, p.type ?? null, p.limit ?? 40, p.minWeight ?? 1),
    'entities.decide': async ({ decision }: { decision: Decision }) => {
      if (session.workspace().sidecar.readOnly)
        throw new DossierError(
          'read_only',
          "entities: this folder's sidecar is read-only, so decisions cannot be saved. Move the sidecar to the app data folder to edit.",
        );
      return { id: await decide(session, decision) };
    },
    'entities.undo': async ({ redo }: { redo?: boolean | undefined }) => ({
      changed: await undoDecision(session, redo === true),
    }),
    'entities.history': async () =>
      (await decisionLog(session))
        .records()
        .map((r) => ({ id: r.id, at: r.at, decision: r.decision, state: r.state })),
    'entities.exportGazetteer': async ({ type }: { type?: EntityType | undefined }) =>
      exportGazetteer((await entityModel(session)).list.filter((e) => !type || e.type === type)),
    'entities.importGazetteer': async ({ csv }: { csv: string }) => {
      const { rows, skipped } = importGazetteer(csv);
      const built = await entityModel(session);
      let added = 0;
      for (const row of rows) {
        const existing = built.byAlias.get(foldName(row.name));
        const id =
          existing && existing.type === row.type
            ? existing.id
            : entityId(row.type, row.type === 'person' ? personKey(row.name) : foldName(row.name));
        const known = built.model.entities.get(resolveId(built.model, id));
        if (
          known &&
          [known.name, ...known.mentions.map((m) => m.name), ...known.extraAliases].some(
            (a) => foldName(a) === foldName(row.alias),
          )
        )
          continue;
        await decide(session, { kind: 'alias', entity: id, text: row.alias, name: row.name, type: row.type });
        added++;
      }
      return { added, skipped };
    },
  };
}

/** Tracked issues whose evidence lies in the entity's documents; none when issues cannot be read. */
async function issuesOf(
  session: Session,
  e: EntityRecord,
): Promise<Array<{ id: string; title: string; documents: number }>> {
  try {
    const { issues, evidence } = await issueCollections(session);
    const docs = new Set(e.mentions.map((m) => m.docId));
    const shared = new Map<string, Set<string>>();
    for (const ev of evidence.all()) {
      if (!docs.has(ev.docId)) continue;
      const set = shared.get(ev.issueId) ?? new Set<string>();
      set.add(ev.docId);
      shared.set(ev.issueId, set);
    }
    return issues
      .all()
      .filter((i) => shared.has(i.id))
      .map((i) => ({ id: i.id, title: i.title, documents: shared.get(i.id)?.size ?? 0 }))
      .sort((a, b) => b.documents - a.documents || a.title.localeCompare(b.title));
  } catch {
    // The issues sidecar may be unreadable or read-only; the entity page still works without it.
    return [];
  }
}
