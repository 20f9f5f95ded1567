import type { InputHTMLAttributes } from 'react';

/**
 * The filter or query box of a list: a search-type field whose accessible name is `label` (the e2e suite
 * and screen readers find it by that name) and whose changes arrive as the text typed.
 */
export function SearchField({
  label,
  value,
  onValueChange,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'aria-label' | 'value' | 'onChange'> & {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
}) {
  return (
    <input
      type="search"
      aria-label={label}
      value={value}
      onChange={(e) => onValueChange(e.target.value)}
      {...rest}
    />
  );
}
