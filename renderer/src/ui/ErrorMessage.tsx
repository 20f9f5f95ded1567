import type { ReactNode } from 'react';

/** A readable failure: what happened (the service message says what to do) and an optional action. */
export function ErrorMessage({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div role="alert" className="error-box">
      <span className="error-text">{children}</span>
      {action}
    </div>
  );
}
