import type { LocalClient } from '../../hosts/local/local-client';
import { openFolder } from '../client';
import { printJson, type CliIo } from '../io';
import type { Command } from './command';

/**
 * `dossier issues <folder> [--json]`: tracked issues with their evidence, and the suggestions found in
 * the text. The JSON shape is fixed by issue 8 (and read by scripts): do not add keys casually.
 */
export const issuesCommand: Command = {
  name: 'issues',
  usage: 'issues <folder> [--json]',
  summary: 'list tracked unresolved issues and the open questions found in the text',
  positionals: ['folder'],
  async run({ positionals: [folder], json }, io: CliIo) {
    const client = await openFolder(folder as string);
    const [issues, suggestions] = await Promise.all([
      client.call('issues.list', {}),
      client.call('issues.suggestions', { preview: json ? 'all' : SHOWN }),
    ]);
    const tracked = issues.map((i) => ({
      id: i.id,
      title: i.title,
      status: i.status,
      history: i.history,
      evidence: i.evidence.map((e) => ({
        annotationId: e.annotationId,
        docId: e.docId,
        quote: e.quote,
        stance: e.stance,
        actor: e.actor,
      })),
    }));
    const suggested = suggestions.map((s) => ({
      topic: s.topic,
      cue: s.cue,
      evidence: s.evidence.map((e) => ({
        docId: e.docId,
        start: e.start,
        end: e.end,
        quote: e.quote,
        actor: e.actor,
      })),
    }));
    if (json) return printJson(io, { tracked, suggested });
    const actors = await actorEntities(client, [
      ...issues.flatMap((i) => i.evidence.slice(0, SHOWN)),
      ...suggestions.flatMap((s) => s.evidence.slice(0, SHOWN)),
    ]);
    // Tracked evidence shows the entity the issue view joined (or pinned); a suggestion its name's.
    const passage = (e: { actor: string | null; quote: string; docId: string }, entity: string | null) =>
      `      ${e.actor ? `${actorLabel(actors, entity, e.actor)}: ` : ''}“${clip(e.quote, 110)}”  [${e.docId}]\n`;
    io.out(`Tracked issues (${tracked.length})\n`);
    for (const i of issues) {
      io.out(`  [${i.status}] ${i.title}  — ${i.evidence.length} evidence  (${i.id})\n`);
      for (const e of i.evidence.slice(0, SHOWN)) io.out(passage(e, e.entityName));
    }
    io.out(`\nSuggested from the text (${suggestions.length} topics)\n`);
    for (const s of suggestions) {
      io.out(
        `  ${s.label}  — ${counted(s.evidenceCount, 'passage')} in ${counted(s.docCount, 'document')} (cue: ${s.cue})\n`,
      );
      for (const e of s.evidence.slice(0, SHOWN)) io.out(passage(e, e.actor));
    }
  },
};

/** "1 passage", "3 passages". */
const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Passages printed per issue or suggestion in the readable list. */
const SHOWN = 3;

type Resolved = { name: string; type: string };

/**
 * The entity each actor name resolves to (ADR 043: the name as written is kept on the evidence, the
 * entity is joined when shown), by the name and, for tracked evidence, by the entity the view joined.
 * Asks only when some passage names an actor: resolution waits for the entity model.
 */
async function actorEntities(
  client: LocalClient,
  evidence: readonly { actor: string | null; entityName?: string | null }[],
): Promise<Map<string, Resolved>> {
  const names = new Set<string>();
  for (const e of evidence) {
    // Tracked evidence is looked up by the entity its view joined (none: shown as written).
    const name = e.entityName === undefined ? e.actor : e.entityName;
    if (name) names.add(name);
  }
  const out = new Map<string, Resolved>();
  for (const name of names) {
    const found = (await client.call('issues.actorCandidates', { query: name })).find((c) => c.resolved);
    if (found) out.set(name, { name: found.name, type: found.type });
  }
  return out;
}

/** "Volodymyr Zelensky (person)" for an actor that resolves to an entity; the name as written otherwise. */
function actorLabel(actors: ReadonlyMap<string, Resolved>, lookup: string | null, written: string): string {
  const entity = lookup ? actors.get(lookup) : undefined;
  return entity ? `${entity.name} (${entity.type})` : written;
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
