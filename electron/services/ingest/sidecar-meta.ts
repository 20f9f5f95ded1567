import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { ArticleMeta } from './article/parse-article';

/** `<file>.meta.json`: what the analyst (or the tool that saved the page) says about the article. */
export const SidecarMetaSchema = z.object({
  title: z.string().min(1).max(1000).optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .optional(),
  outlet: z.string().min(1).max(200).optional(),
  url: z.string().max(4096).optional(),
  author: z.string().max(500).optional(),
});

/**
 * Reads `<absPath>.meta.json` when there is one. A missing sidecar is null; a broken one is ignored with a
 * warning (the article still indexes from its own text rather than failing).
 */
export async function readSidecarMeta(absPath: string): Promise<ArticleMeta | null> {
  let raw: string;
  try {
    raw = await readFile(`${absPath}.meta.json`, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = SidecarMetaSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    const { title, date, outlet } = parsed.data;
    return { title, date: date?.slice(0, 10), dateSource: date ? 'sidecar' : undefined, outlet };
  } catch {
    return null;
  }
}
