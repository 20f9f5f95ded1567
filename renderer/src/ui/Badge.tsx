import type { HTMLAttributes } from 'react';

/** A small label (encoding, copies, counts). `tone` colours it. */
export function Badge({
  tone = 'neutral',
  className,
  ...rest
}: HTMLAttributes<HTMLSpanElement> & { tone?: 'neutral' | 'accent' | 'warn' }) {
  return <span className={`badge badge-${tone}${className ? ` ${className}` : ''}`} {...rest} />;
}
