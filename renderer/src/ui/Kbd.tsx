/** A keyboard key or chord as shown to the user ("Ctrl+K" → Ctrl + K keycaps). */
export function Kbd({ keys }: { keys: string }) {
  const parts = keys === '+' ? ['+'] : keys.split(/\+(?!$)/);
  return (
    <span className="kbd-chord">
      {parts.map((k, i) => (
        <kbd key={i}>{k}</kbd>
      ))}
    </span>
  );
}
