import { lazy, Suspense, useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { canShareNatively, copyText, shareNatively } from '../lib/clipboard.ts';

// The QR library loads only when someone asks for a code.
const QrCode = lazy(() => import('./qr-code.tsx').then((m) => ({ default: m.QrCode })));

type Props = {
  /** The main action's label, such as "Share this result". */
  label: string;
  url: string;
  title: string;
  text: string;
  /** What the link holds, said plainly: part of being clear about privacy. */
  privacy: string;
  qrLabel: string;
  /** A printable page, or the browser's print. */
  print?: { href: string; label: string } | { label: string };
  /** More things to keep (downloads), shown beside the others. */
  more?: ReactNode;
};

/**
 * Share and keep something, as one main action with the others beside it: the phone's share
 * sheet where there is one (otherwise copy), copy, a QR code, print, and anything in `more`.
 * If copying is refused, the link is shown selected so it can be copied by hand.
 */
export function SharePanel({ label, url, title, text, privacy, qrLabel, print, more }: Props) {
  const [status, setStatus] = useState('');
  const [showQr, setShowQr] = useState(false);
  const [showLink, setShowLink] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const native = canShareNatively();

  async function copy() {
    if (await copyText(url)) {
      setStatus('Link copied. Paste it into an email, a chat or your meeting notes.');
      return;
    }
    setShowLink(true);
    setStatus('Your browser did not let us copy the link. It is selected below: copy it with Ctrl+C, or Cmd+C on a Mac.');
    requestAnimationFrame(() => {
      field.current?.focus();
      field.current?.select();
    });
  }

  async function share() {
    if (!(await shareNatively({ title, text, url }))) await copy();
  }

  return (
    <section className="share no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {label}
      </h2>
      <div className="actions">
        <button type="button" className="button" onClick={() => void (native ? share() : copy())}>
          {label}
        </button>
        {native && (
          <button type="button" className="button-secondary" onClick={() => void copy()}>
            Copy link
          </button>
        )}
        <button type="button" className="button-secondary" aria-expanded={showQr} onClick={() => setShowQr((v) => !v)}>
          {showQr ? 'Hide QR code' : 'QR code'}
        </button>
        {print !== undefined &&
          ('href' in print ? (
            <Link href={print.href} className="button-secondary">
              {print.label}
            </Link>
          ) : (
            <button type="button" className="button-secondary" onClick={() => window.print()}>
              {print.label}
            </button>
          ))}
        {more}
      </div>
      <p className="hint">{privacy}</p>
      <p role="status" className="status">
        {status}
      </p>
      {showLink && (
        <p>
          <label htmlFor={`${id}-link`} className="label">
            Link
          </label>
          <input
            id={`${id}-link`}
            ref={field}
            className="link-field"
            type="text"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </p>
      )}
      {showQr && (
        <Suspense fallback={<p>Making the QR code…</p>}>
          <QrCode text={url} label={qrLabel} />
        </Suspense>
      )}
    </section>
  );
}
