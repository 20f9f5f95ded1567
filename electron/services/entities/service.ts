import { rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Decision } from '../../../shared/model/entity';
import { DossierError } from '../errors';
import { readLineCache, writeLineCache } from '../fs/line-cache';
import type { ParsedFile } from '../ingest/types';
import type { Session } from '../session';
import { folderKey } from '../sidecar/location';
import type { Workspace } from '../workspace/workspace';
import { pauser } from '../slices';
import { buildModelSliced, type BuiltModel } from './build';
import { RecogniserPool } from './recogniser-pool';
import { recogniseFile, RECOGNISER_VERSION, type FileRecognition } from './recognise';
import { openDecisionLog, type DecisionLog } from './store';

interface Cached {
  hash: string;
  result: FileRecognition;
}

interface State {
  ws: Workspace;
  recognitions: Map<string, Cached>;
  cacheLoaded: boolean;
  built: BuiltModel | null;
  building: Promise<BuiltModel> | null;
  /** Bumped on every change; a build that started before a change is redone. */
  generation: number;
  log: DecisionLog | null;
}

const states = new WeakMap<Workspace, State>();
const pools = new WeakMap<Session, RecogniserPool>();
const listeners = new WeakMap<Session, Set<(reason: string) => void>>();

// The recognition cache on disk (regenerable: a mismatch just recomputes). One JSON line per file after a
// header line, read and written a line at a time: at 100k files one JSON.parse/stringify of the whole
// cache held the services thread for seconds.
const HeaderSchema = z.object({ version: z.literal(RECOGNISER_VERSION) });
const LineSchema = z.object({ path: z.string(), hash: z.string(), result: z.unknown() });

function cacheFile(session: Session, ws: Workspace): string {
  return path.join(session.options.cacheDir, 'entities', `${folderKey(ws.root)}.ndjson`);
}

/** Files in flight per worker: enough to keep it busy, few enough that posting never blocks. */
const IN_FLIGHT_PER_WORKER = 8;

function state(session: Session): State {
  const ws = session.workspace();
  let s = states.get(ws);
  if (!s) {
    const fresh: State = {
      ws,
      recognitions: new Map(),
      cacheLoaded: false,
      built: null,
      building: null,
      generation: 0,
      log: null,
    };
    ws.onFilesChanged((change) => {
      for (const p of [...change.changed, ...change.removed]) fresh.recognitions.delete(p);
      invalidate(session, fresh, 'files');
    });
    states.set(ws, fresh);
    s = fresh;
  }
  return s;
}

function invalidate(session: Session, s: State, reason: string): void {
  s.generation++;
  s.built = null;
  for (const l of listeners.get(session) ?? []) l(reason);
}

/** Subscribes to "entities changed" (files re-parsed or a decision made) for this session. */
export function onEntitiesChanged(session: Session, listener: (reason: string) => void): () => void {
  let set = listeners.get(session);
  if (!set) listeners.set(session, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/** The session's recognition workers. */
function pool(session: Session): RecogniserPool {
  let p = pools.get(session);
  if (!p) pools.set(session, (p = new RecogniserPool()));
  return p;
}

async function loadCache(session: Session, s: State): Promise<void> {
  if (s.cacheLoaded) return;
  s.cacheLoaded = true;
  await readLineCache(
    cacheFile(session, s.ws),
    (header) => HeaderSchema.safeParse(header).success,
    (line) => {
      const parsed = LineSchema.safeParse(line);
      if (parsed.success)
        s.recognitions.set(parsed.data.path, {
          hash: parsed.data.hash,
          result: parsed.data.result as FileRecognition,
        });
    },
    pauser(),
  );
}

async function saveCache(session: Session, s: State): Promise<void> {
  const file = cacheFile(session, s.ws);
  const lines = function* () {
    for (const [rel, c] of s.recognitions)
      yield s.ws.files.get(rel)?.contentHash === c.hash
        ? { path: rel, hash: c.hash, result: c.result }
        : undefined;
  };
  await writeLineCache(file, { version: RECOGNISER_VERSION }, lines(), pauser());
  // The whole-file JSON cache of earlier versions is dead weight now.
  await rm(file.replace(/\.ndjson$/, '.json'), { force: true });
}

async function recognise(session: Session, f: ParsedFile): Promise<FileRecognition> {
  const stories = f.stories.map((st) => ({
    start: st.start,
    end: st.end,
    outlet: st.outlet,
    boilerplate: st.boilerplate,
  }));
  try {
    return await pool(session).recognise(f.text, stories);
  } catch {
    return recogniseFile(f.text, stories);
  }
}

/** The decision log of the open folder (opened once). */
export async function decisionLog(session: Session): Promise<DecisionLog> {
  const s = state(session);
  if (!s.log) {
    s.log = await openDecisionLog(session);
    s.log.onChange(() => invalidate(session, s, 'decisions'));
  }
  return s.log;
}

/**
 * The entity model of the open folder: files not yet recognised (or changed since) go to the worker,
 * the rest come from the cache; clusters, decisions and suggestions are then rebuilt on this thread in
 * time slices (see buildModelSliced), so the services thread keeps answering while it runs.
 */
export async function entityModel(session: Session): Promise<BuiltModel> {
  const s = state(session);
  if (s.built) return s.built;
  if (s.building) return s.building;
  const generation = s.generation;
  const run = (async () => {
    await loadCache(session, s);
    const todo = [...s.ws.files.values()].filter(
      (f) => s.recognitions.get(f.relPath)?.hash !== f.contentHash,
    );
    // A few files in flight at a time: posting all 100k texts at once held the thread for seconds.
    let next = 0;
    const lane = async () => {
      while (next < todo.length) {
        if (s.ws.isClosed)
          throw new DossierError(
            'cancelled',
            'entities: the folder was closed while its names were read. Open it again to see its entities.',
          );
        const f = todo[next++]!;
        s.recognitions.set(f.relPath, { hash: f.contentHash, result: await recognise(session, f) });
      }
    };
    const lanes = Math.min(IN_FLIGHT_PER_WORKER * pool(session).size, todo.length);
    await Promise.all(Array.from({ length: lanes }, lane));
    if (todo.length)
      await s.ws.writes
        .run(() => saveCache(session, s))
        .catch((e) => console.warn('entities: cache not saved:', e));
    const log = await decisionLog(session);
    const recs = new Map<string, FileRecognition>();
    for (const [k, v] of s.recognitions) recs.set(k, v.result);
    return buildModelSliced(s.ws.files, recs, log.active());
  })();
  s.building = run;
  try {
    const built = await run;
    if (s.generation === generation) s.built = built;
    return built;
  } finally {
    if (s.building === run) s.building = null;
  }
}

/** The model as last built, without waiting (null before the first build): for synchronous callers. */
export function lastModel(session: Session): BuiltModel | null {
  const ws = session.maybeWorkspace();
  return ws ? (states.get(ws)?.built ?? null) : null;
}

/** Records a decision in the sidecar and rebuilds. */
export async function decide(session: Session, decision: Decision): Promise<string> {
  const log = await decisionLog(session);
  const record = await log.append(decision);
  invalidate(session, state(session), 'decisions');
  return record.id;
}

/** Undoes (or redoes) the newest decision; false when there was nothing to undo (redo). */
export async function undoDecision(session: Session, redo: boolean): Promise<boolean> {
  const log = await decisionLog(session);
  const r = redo ? await log.redo() : await log.undo();
  if (r) invalidate(session, state(session), 'decisions');
  return r !== null;
}
