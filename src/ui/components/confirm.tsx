import { useEffect, useRef } from 'react';

/**
 * Asks before something from a link replaces what the user has saved on this device. It takes
 * focus when it appears, so keyboard and screen reader users land on the question.
 */
export function ConfirmReplace({
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
    <div className="confirm no-print" ref={ref} tabIndex={-1} role="group" aria-label={title}>
      <h2>{title}</h2>
      <p>{text}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
