/** A node to place: its id and a weight that sets its size (and pull). */
export interface LayoutNode {
  id: string;
  weight: number;
  /** Radius in layout units (the layout spans about 1 × 1); circles are kept from overlapping. */
  radius?: number;
}
/** An undirected edge with a weight (shared documents). */
export interface LayoutEdge {
  a: string;
  b: string;
  weight: number;
}
/** A placed node, in [0, 1] × [0, 1]. */
export interface Placed {
  id: string;
  x: number;
  y: number;
}

// A small seeded generator (mulberry32): the same graph always gets the same picture.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fruchterman–Reingold force layout with a fixed seed and iteration count: repulsion between all nodes,
 * attraction along edges (stronger for more shared documents), a weak pull to the centre so separate
 * components stay on screen, and a temperature that cools linearly. Deterministic for equal input.
 */
export function forceLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  seed = 7,
  iterations = 300,
): Placed[] {
  const n = nodes.length;
  if (n === 0) return [];
  const random = rng(seed);
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  nodes.forEach((_, i) => {
    const angle = (2 * Math.PI * i) / n;
    x[i] = Math.cos(angle) * 0.4 + (random() - 0.5) * 0.05;
    y[i] = Math.sin(angle) * 0.4 + (random() - 0.5) * 0.05;
  });
  const k = Math.sqrt(1 / n) * 0.9;
  const maxW = Math.max(1, ...edges.map((e) => e.weight));
  const links = edges
    .map((e) => ({ a: index.get(e.a), b: index.get(e.b), w: 0.4 + (0.6 * e.weight) / maxW }))
    .filter((l): l is { a: number; b: number; w: number } => l.a !== undefined && l.b !== undefined);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    const temp = 0.1 * (1 - it / iterations) + 0.002;
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        let ex = (x[i] as number) - (x[j] as number);
        let ey = (y[i] as number) - (y[j] as number);
        let d = Math.hypot(ex, ey);
        if (d < 1e-6) {
          ex = (random() - 0.5) * 1e-3;
          ey = (random() - 0.5) * 1e-3;
          d = Math.hypot(ex, ey);
        }
        const f = (k * k) / d;
        dx[i] = (dx[i] as number) + (ex / d) * f;
        dy[i] = (dy[i] as number) + (ey / d) * f;
        dx[j] = (dx[j] as number) - (ex / d) * f;
        dy[j] = (dy[j] as number) - (ey / d) * f;
      }
    for (const l of links) {
      const ex = (x[l.a] as number) - (x[l.b] as number);
      const ey = (y[l.a] as number) - (y[l.b] as number);
      const d = Math.max(1e-6, Math.hypot(ex, ey));
      const f = ((d * d) / k) * l.w;
      dx[l.a] = (dx[l.a] as number) - (ex / d) * f;
      dy[l.a] = (dy[l.a] as number) - (ey / d) * f;
      dx[l.b] = (dx[l.b] as number) + (ex / d) * f;
      dy[l.b] = (dy[l.b] as number) + (ey / d) * f;
    }
    // Big nodes push harder, so hubs spread out instead of piling up in the middle.
    for (let i = 0; i < n; i++) {
      dx[i] = (dx[i] as number) - (x[i] as number) * 0.05;
      dy[i] = (dy[i] as number) - (y[i] as number) * 0.05;
      const d = Math.max(1e-9, Math.hypot(dx[i] as number, dy[i] as number));
      const step = Math.min(d, temp);
      x[i] = (x[i] as number) + ((dx[i] as number) / d) * step;
      y[i] = (y[i] as number) + ((dy[i] as number) / d) * step;
    }
  }
  // Collision passes: no two circles overlap (plus a margin for labels).
  for (let pass = 0; pass < 40; pass++) {
    let moved = false;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const min = (nodes[i]?.radius ?? 0) + (nodes[j]?.radius ?? 0) + 0.02;
        const ex = (x[i] as number) - (x[j] as number);
        const ey = (y[i] as number) - (y[j] as number);
        const d = Math.max(1e-6, Math.hypot(ex, ey));
        if (d >= min) continue;
        const push = (min - d) / 2;
        x[i] = (x[i] as number) + (ex / d) * push;
        y[i] = (y[i] as number) + (ey / d) * push;
        x[j] = (x[j] as number) - (ex / d) * push;
        y[j] = (y[j] as number) - (ey / d) * push;
        moved = true;
      }
    if (!moved) break;
  }
  const minX = Math.min(...x);
  const maxX = Math.max(...x);
  const minY = Math.min(...y);
  const maxY = Math.max(...y);
  const sx = maxX - minX || 1;
  const sy = maxY - minY || 1;
  return nodes.map((node, i) => ({
    id: node.id,
    x: ((x[i] as number) - minX) / sx,
    y: ((y[i] as number) - minY) / sy,
  }));
}
