import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';

const MAX_RECENT = 10;

const AppStateSchema = z.object({
  version: z.literal(1),
  recentFolders: z.array(z.string()).default([]),
});
type AppState = z.infer<typeof AppStateSchema>;

/** Small per-user state in the app data directory: recent folders. Never holds project data. */
export class AppStateStore {
  private state: AppState = { version: 1, recentFolders: [] };
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'app-state.json');
  }

  /** Loads the state; a missing or unreadable file starts fresh (it holds nothing irreplaceable). */
  async load(): Promise<void> {
    try {
      this.state = AppStateSchema.parse(JSON.parse(await readFile(this.file, 'utf8')));
    } catch {
      this.state = { version: 1, recentFolders: [] };
    }
  }

  /** Recent folders, newest first. */
  recent(): string[] {
    return [...this.state.recentFolders];
  }

  /** Moves `folder` to the front of the recent list and saves. */
  async touch(folder: string): Promise<void> {
    this.state.recentFolders = [folder, ...this.state.recentFolders.filter((f) => f !== folder)].slice(
      0,
      MAX_RECENT,
    );
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify(this.state, null, 2));
  }
}
