/**
 * Child process of the migration-kill scenario (tests/reliability/migration.ts): opens a sidecar
 * collection stored at schema 1 with code that expects schema 2, so opening it backs up the file,
 * migrates every record and writes the result back. Prints `opening` before and `migrated` after; the
 * parent SIGKILLs it at a random moment in between.
 * argv: <sidecarDir> <backupDir>
 */
import { SidecarStore } from '../../electron/services/sidecar/store';
import { MIGRATIONS, NoteV2 } from './migration-schema';

const [dir, backupDir] = process.argv.slice(2);

async function main(): Promise<void> {
  if (!dir || !backupDir) throw new Error('usage: migration-child <dir> <backupDir>');
  process.stdout.write('opening\n');
  const store = new SidecarStore({ dir, backupDir });
  await store.collection('notes', NoteV2, 2, MIGRATIONS);
  process.stdout.write('migrated\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`migration-child: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(3);
});
