import os from 'node:os';
import path from 'node:path';

/** The per-user data directory (app state; sidecars of read-only folders). `DOSSIER_DATA_DIR` overrides. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.DOSSIER_DATA_DIR) return path.resolve(env.DOSSIER_DATA_DIR);
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Dossier');
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Dossier');
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'dossier');
}

/** The OS cache directory for indexes and parse caches (always regenerable). `DOSSIER_CACHE_DIR` overrides. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.DOSSIER_CACHE_DIR) return path.resolve(env.DOSSIER_CACHE_DIR);
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'Dossier');
  if (platform === 'win32')
    return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'Dossier', 'Cache');
  return path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'dossier');
}
