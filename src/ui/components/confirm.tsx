import { useEffect, useRef } from 'react';

/**
 * Asks before something is replaced or cleared. It takes focus when it appears, so keyboard and
 * screen reader users land on the question, and the safe choice comes second, not first.
 */
export function Confirm({
  title,
  text,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="confirm no-print" ref={ref} tabIndex={-1} role="group" aria-labelledby="confirm-title">
      <h2 id="confirm-title">{title}</h2>
      <p>{text}</p>
      <div className="actions">
        <button type="button" className="button button-warning" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
