import { lazy, Suspense, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import { content } from '../content/content.ts';
import type { Recommendation } from '../domain/recommend.ts';
import { useAppStore } from '../state/store.ts';
import { formatDate, icsStamp, today } from './dates.ts';
import { nextSteps } from './result-view.tsx';
import { shareUrl } from './share-url.ts';
import { download, reminderIcs, summaryMarkdown } from './summary.ts';
import './share.css';

// The QR library loads only when someone asks for a code.
const QrCode = lazy(() => import('./qr-code.tsx').then((m) => ({ default: m.QrCode })));

type Props = { code: string; handoutHref: string; recommendation: Recommendation; title: string; sentence: string; reviewMonths: number };

/** Share and keep a result: link, native share, QR code, handout, review reminder and summary. */
export function SharePanel({ code, handoutHref, recommendation, title, sentence, reviewMonths }: Props) {
  const url = shareUrl(code);
  const ticks = useAppStore((s) => s.ticks);
  const setReviewMonths = useAppStore((s) => s.setReviewMonths);
  const [status, setStatus] = useState('');
  const [showQr, setShowQr] = useState(false);
  const linkField = useRef<HTMLInputElement>(null);
  const linkId = useId();
  const monthsId = useId();
  const canShare = typeof navigator.share === 'function';

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied. Paste it into an e-mail, a chat or your meeting notes.');
    } catch {
      linkField.current?.focus();
      linkField.current?.select();
      setStatus('Your browser did not let us copy the link. It is selected above: copy it with Ctrl+C, or Cmd+C on a Mac.');
    }
  }

  async function share() {
    try {
      await navigator.share({ title, text: sentence, url });
    } catch {
      // Closing the share sheet is not an error worth reporting.
    }
  }

  return (
    <section className="share no-print" aria-labelledby="share-heading">
      <h2 id="share-heading">Share and keep this result</h2>
      <p>
        Your answers are saved only on this device. The link below contains your answers (not your ticks), so anyone you send it to sees the same
        result. Nothing is sent anywhere else.
      </p>
      <label htmlFor={linkId} className="label">
        Link to this result
      </label>
      <input id={linkId} ref={linkField} className="link-field" type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      <div className="actions">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy link
        </button>
        {canShare && (
          <button type="button" className="button-secondary" onClick={() => void share()}>
            Share…
          </button>
        )}
        <button type="button" className="button-secondary" aria-expanded={showQr} onClick={() => setShowQr((v) => !v)}>
          {showQr ? 'Hide QR code' : 'Show QR code'}
        </button>
        <Link href={handoutHref} className="button-secondary">
          Print a one-page handout
        </Link>
      </div>
      <p role="status" className="status">
        {status}
      </p>
      {showQr && (
        <Suspense fallback={<p>Making the QR code…</p>}>
          <QrCode text={url} label="QR code of the link to this result" />
        </Suspense>
      )}

      <h3>Set a reminder to review</h3>
      <div className="inline-field">
        <label htmlFor={monthsId}>Review in (months)</label>
        <input
          id={monthsId}
          type="number"
          inputMode="numeric"
          min={1}
          max={36}
          value={reviewMonths}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 1 && n <= 36) setReviewMonths(n === recommendation.reviewMonths ? null : n);
          }}
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            download('review-reminder.ics', 'text/calendar', reminderIcs(content, recommendation, code, url, today(), reviewMonths, icsStamp()));
            setStatus('Calendar reminder downloaded. Open it to add it to your calendar.');
          }}
        >
          Download a calendar reminder
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            download(
              'working-together-summary.md',
              'text/markdown',
              summaryMarkdown({ content, recommendation, title, sentence, ticks, url, madeOn: formatDate(today()), nextSteps: nextSteps(recommendation, reviewMonths) }),
            );
            setStatus('Summary downloaded.');
          }}
        >
          Download a summary (Markdown)
        </button>
      </div>
    </section>
  );
}
