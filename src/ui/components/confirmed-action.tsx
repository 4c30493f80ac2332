import { useState, type ReactNode } from 'react';
import { Confirm } from './confirm.tsx';

/**
 * A button that replaces or clears something, asking first when there is something to lose, with
 * any other actions beside it. While asking, the question takes the row's place (and focus).
 */
export function ConfirmedAction({
  label,
  ask,
  onConfirm,
  linkStyle = false,
  children,
}: {
  label: string;
  /** The question to ask first, or null when there is nothing to lose. */
  ask: { title: string; text: string; confirmLabel: string; cancelLabel: string } | null;
  onConfirm: () => void;
  /** Shown as a text link rather than a button, for a less prominent action. */
  linkStyle?: boolean;
  children?: ReactNode;
}) {
  const [asking, setAsking] = useState(false);
  if (asking && ask !== null) return <Confirm {...ask} onConfirm={onConfirm} onCancel={() => setAsking(false)} />;
  return (
    <div className="actions page-end no-print">
      {children}
      <button
        type="button"
        className={linkStyle ? 'button-link' : 'button-secondary'}
        onClick={() => (ask === null ? onConfirm() : setAsking(true))}
      >
        {label}
      </button>
    </div>
  );
}
