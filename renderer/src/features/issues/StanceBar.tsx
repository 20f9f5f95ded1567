import type { Stance } from '../../../../shared/model/issue';
import { STANCES } from '../../../../shared/model/values';
import { STANCE_COLOUR } from './stance';

/** A thin bar of a set of passages' stance mix (amber raises, red blocks, blue progress, green resolves). */
export function StanceBar({ stances, label }: { stances: readonly Stance[]; label: string }) {
  const total = stances.length || 1;
  let x = 0;
  return (
    <svg className="stance-bar" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label={label}>
      {STANCES.map((st) => {
        const w = (100 * stances.filter((s) => s === st).length) / total;
        const rect =
          w > 0 ? <rect key={st} x={x} y={0} width={w} height={6} fill={STANCE_COLOUR[st]} /> : null;
        x += w;
        return rect;
      })}
    </svg>
  );
}

/** "12 raises, 3 blocks" for screen readers. */
export function stanceSummary(stances: readonly Stance[]): string {
  return STANCES.map((st) => [st, stances.filter((s) => s === st).length] as const)
    .filter(([, n]) => n > 0)
    .map(([st, n]) => `${n} ${st}`)
    .join(', ');
}
