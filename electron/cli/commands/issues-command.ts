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
      client.call('issues.suggestions', {}),
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
    io.out(`Tracked issues (${tracked.length})\n`);
    for (const t of tracked)
      io.out(`  [${t.status}] ${t.title}  — ${t.evidence.length} evidence  (${t.id})\n`);
    io.out(`\nSuggested from the text (${suggestions.length} topics)\n`);
    for (const s of suggestions) {
      const docs = new Set(s.evidence.map((e) => e.docId)).size;
      io.out(`  ${s.label}  — ${s.evidence.length} passages in ${docs} documents (cue: ${s.cue})\n`);
      for (const e of s.evidence.slice(0, 3))
        io.out(`      ${e.actor ? `${e.actor}: ` : ''}“${clip(e.quote, 110)}”  [${e.docId}]\n`);
    }
  },
};

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
