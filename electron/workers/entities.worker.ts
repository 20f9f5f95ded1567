import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { recogniseFile } from '../services/entities/recognise';

// Recognition runs here, off the main thread: the NLP pass costs tens of milliseconds per article.
const RequestSchema = z.object({
  id: z.number().int(),
  text: z.string(),
  stories: z.array(
    z.object({
      start: z.number().int(),
      end: z.number().int(),
      outlet: z.string(),
      boilerplate: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
    }),
  ),
});

parentPort?.on('message', (message: unknown) => {
  const parsed = RequestSchema.safeParse(message);
  if (!parsed.success) {
    parentPort?.postMessage({ id: -1, error: `entities worker: bad request: ${parsed.error.message}` });
    return;
  }
  const { id, text, stories } = parsed.data;
  try {
    parentPort?.postMessage({ id, result: recogniseFile(text, stories) });
  } catch (e) {
    parentPort?.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
