import { useId, useState } from 'react';

/**
 * Two ways to keep something beyond its link: a calendar reminder to look again (after a chosen
 * number of months) and a plain-text summary to paste into notes or an email. Folded away.
 */
export function KeepPanel({
  months,
  onMonths,
  onReminder,
  onSummary,
}: {
  months: number;
  onMonths: (months: number) => void;
  onReminder: () => void;
  onSummary: () => void;
}) {
  const [status, setStatus] = useState('');
  const id = useId();
  return (
    <details className="disclosure no-print">
      <summary>Keep it: a review reminder, and a summary</summary>
      <div className="inline-field">
        <label htmlFor={id}>Review in (months)</label>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={36}
          value={months}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 1 && n <= 36) onMonths(n);
          }}
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            onReminder();
            setStatus('Reminder downloaded. Open it to add it to your calendar.');
          }}
        >
          Add a review reminder to your calendar
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            onSummary();
            setStatus('Summary downloaded.');
          }}
        >
          Download a summary to paste into notes or an email
        </button>
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </details>
  );
}
