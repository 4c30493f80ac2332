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

type Props = {
  heading: string;
  /** What the link holds, said plainly: part of being clear about privacy. */
  privacy: string;
  url: string;
  title: string;
  sentence: string;
  handout?: { href: string; label: string };
  reminder?: { months: number; onMonths: (months: number) => void; ics: (months: number) => string };
  markdown?: { filename: string; text: () => string };
  /** What the QR code is of, for screen readers. */
  qrLabel?: string;
};

/** Share and keep something: link, native share, QR code, printable page, review reminder, summary. */
export function SharePanel({
  heading,
  privacy,
  url,
  title,
  sentence,
  handout,
  reminder,
  markdown,
  qrLabel = 'QR code of the link',
}: Props) {
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
    <section className="share no-print" aria-labelledby={`${linkId}-heading`}>
      <h2 id={`${linkId}-heading`}>{heading}</h2>
      <p>{privacy}</p>
      <label htmlFor={linkId} className="label">
        Link
      </label>
      <input
        id={linkId}
        ref={linkField}
        className="link-field"
        type="text"
        readOnly
        value={url}
        onFocus={(e) => e.currentTarget.select()}
      />
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
        {handout !== undefined ? (
          <Link href={handout.href} className="button-secondary">
            {handout.label}
          </Link>
        ) : (
          <button type="button" className="button-secondary" onClick={() => window.print()}>
            Print
          </button>
        )}
      </div>
      <p role="status" className="status">
        {status}
      </p>
      {showQr && (
        <Suspense fallback={<p>Making the QR code…</p>}>
          <QrCode text={url} label={qrLabel} />
        </Suspense>
      )}

      {reminder !== undefined && (
        <>
          <h3>Set a reminder to review</h3>
          <div className="inline-field">
            <label htmlFor={monthsId}>Review in (months)</label>
            <input
              id={monthsId}
              type="number"
              inputMode="numeric"
              min={1}
              max={36}
              value={reminder.months}
              onChange={(e) => {
                const n = Number(e.target.value);
                if (Number.isInteger(n) && n >= 1 && n <= 36) reminder.onMonths(n);
              }}
            />
          </div>
        </>
      )}
      {(reminder !== undefined || markdown !== undefined) && (
        <div className="actions">
          {reminder !== undefined && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                download('review-reminder.ics', 'text/calendar', reminder.ics(reminder.months));
                setStatus('Calendar reminder downloaded. Open it to add it to your calendar.');
              }}
            >
              Download a calendar reminder
            </button>
          )}
          {markdown !== undefined && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                download(markdown.filename, 'text/markdown', markdown.text());
                setStatus('Summary downloaded.');
              }}
            >
              Download a summary (Markdown)
            </button>
          )}
        </div>
      )}
    </section>
  );
}

/** The share panel for a recommendation: its link, handout, reminder and summary. */
export function ResultSharePanel({
  code,
  handoutHref,
  recommendation,
  title,
  sentence,
  reviewMonths,
}: {
  code: string;
  handoutHref: string;
  recommendation: Recommendation;
  title: string;
  sentence: string;
  reviewMonths: number;
}) {
  const url = shareUrl(code);
  const ticks = useAppStore((s) => s.ticks);
  const setReviewMonths = useAppStore((s) => s.setReviewMonths);
  return (
    <SharePanel
      heading="Share and keep this result"
      qrLabel="QR code of the link to this result"
      privacy="Your answers are saved only on this device. The link below contains your answers (not your ticks), so anyone you send it to sees the same result. Nothing is sent anywhere else."
      url={url}
      title={title}
      sentence={sentence}
      handout={{ href: handoutHref, label: 'Print a one-page handout' }}
      reminder={{
        months: reviewMonths,
        onMonths: (n) => setReviewMonths(n === recommendation.reviewMonths ? null : n),
        ics: (months) => reminderIcs(content, recommendation, code, url, today(), months, icsStamp()),
      }}
      markdown={{
        filename: 'working-together-summary.md',
        text: () =>
          summaryMarkdown({
            content,
            recommendation,
            title,
            sentence,
            ticks,
            url,
            madeOn: formatDate(today()),
            nextSteps: nextSteps(recommendation, reviewMonths),
          }),
      }}
    />
  );
}
