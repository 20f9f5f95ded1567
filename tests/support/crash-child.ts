/**
 * Child process for the crash harness (tests/support/crash-harness.ts): saves annotations into a
 * sidecar in a loop and prints `ack <op> <id> <rev>` on stdout only after each save resolved (i.e. is
 * durable), and `begin <op> <id>` before a change to an existing record. The parent SIGKILLs it at random moments and checks every acknowledged change survived.
 * argv: <sidecarDir> <backupDir> <mode: loop|quit> <seed>
 */
import { randomUUID } from 'node:crypto';
import { AnnotationSchema, type Annotation } from '../../shared/model/annotation';
import { SidecarStore } from '../../electron/services/sidecar/store';

const [dir, backupDir, mode, seedArg] = process.argv.slice(2);
let seed = Number(seedArg ?? 1) >>> 0 || 1;
function rand(): number {
  // xorshift32: reproducible per trial
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 2 ** 32;
}

function annotation(n: number): Annotation {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    docId: `wires/story-${n % 7}.txt`,
    path: `wires/story-${n % 7}.txt`,
    quote: {
      type: 'TextQuoteSelector',
      exact: `quoted passage ${n}`,
      prefix: 'before '.repeat(4),
      suffix: ' after'.repeat(5),
    },
    position: { type: 'TextPositionSelector', start: n * 10, end: n * 10 + 17 },
    contentHash: 'f'.repeat(64),
    color: 'yellow',
    // A longer note makes each save bigger, so kills land inside writes more often.
    note: `Note ${n}: ${'lorem ipsum dolor sit amet '.repeat(Math.floor(rand() * 40))}`,
    tags: ['crash-test'],
    entity: null,
    issue: null,
    created: now,
    modified: now,
    state: 'anchored',
    score: 1,
    current: { start: n * 10, end: n * 10 + 17 },
    detached: false,
  };
}

async function main(): Promise<void> {
  if (!dir || !backupDir) throw new Error('usage: crash-child <dir> <backupDir> <mode> <seed>');
  const store = new SidecarStore({ dir, backupDir });
  const col = await store.collection('annotations', AnnotationSchema, 1);
  process.stdout.write('ready\n');
  if (mode === 'quit') {
    // Quit right after an edit: the host's quit path is flush() then exit, with no await on the edit.
    const a = annotation(0);
    void col.put(a).catch(() => undefined);
    await store.flush();
    process.stdout.write(`ack put ${a.id} 0\n`);
    process.exit(0);
  }
  for (let n = 1; ; n++) {
    const live = col.all();
    const r = rand();
    if (r < 0.15 && live.length > 0) {
      const victim = live[Math.floor(rand() * live.length)] as Annotation;
      // Announced first: if the kill lands mid-save the delete may or may not be on disk.
      process.stdout.write(`begin remove ${victim.id} 0\n`);
      await col.remove(victim.id);
      process.stdout.write(`ack remove ${victim.id} 0\n`);
    } else if (r < 0.35 && live.length > 0) {
      const target = live[Math.floor(rand() * live.length)] as Annotation;
      const note = `edited ${n}`;
      process.stdout.write(`begin edit ${target.id} ${note}\n`);
      await col.put({ ...target, note, modified: new Date().toISOString() });
      process.stdout.write(`ack edit ${target.id} ${note}\n`);
    } else {
      // Several puts at once exercise the group commit: all acknowledged only when written.
      const batch = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, i) => annotation(n * 10 + i));
      await Promise.all(batch.map((a) => col.put(a).then(() => process.stdout.write(`ack put ${a.id} 0\n`))));
    }
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`crash-child: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(3);
});
