import { Separator } from 'react-resizable-panels';

/**
 * A resizable divider between two panels: drag with the mouse, or focus it and use the arrow keys
 * (Home/End collapse to the limits). `label` names it for screen readers.
 */
export function Splitter({
  label,
  orientation = 'horizontal',
}: {
  label: string;
  orientation?: 'horizontal' | 'vertical';
}) {
  return <Separator className={`splitter splitter-${orientation}`} aria-label={label} />;
}
