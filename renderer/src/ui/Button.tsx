import type { ButtonHTMLAttributes } from 'react';

/** A text button; `variant` picks the emphasis. Always type="button" unless told otherwise. */
export function Button({
  variant = 'default',
  className,
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'default' | 'primary' | 'quiet' }) {
  return <button type={type} className={`btn btn-${variant}${className ? ` ${className}` : ''}`} {...rest} />;
}
