import type { ButtonHTMLAttributes, ReactNode } from 'react';

/** A square button showing a glyph; `label` is its accessible name and tooltip (required: no silent icons). */
export function IconButton({
  label,
  children,
  pressed,
  className,
  ...rest
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label'> & {
  label: string;
  children: ReactNode;
  pressed?: boolean;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      className={`icon-btn${className ? ` ${className}` : ''}`}
      {...rest}
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}
