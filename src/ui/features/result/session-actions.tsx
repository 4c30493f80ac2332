import { lazy, Suspense, useState } from 'react';
import type { Session } from '../../../domain/links/session-link.ts';
import { NameText } from '../../components/name-text.tsx';
import { canShareNatively, copyText, shareNatively } from '../../lib/clipboard.ts';

const QrCode = lazy(() => import('../../components/qr-code.tsx').then((m) => ({ default: m.QrCode })));

/**
 * For someone who joined a workshop: one large action to send their result to the facilitator
 * (the phone's share sheet, or copy), and a QR code of it for the facilitator's camera. Nothing
 * about the workshop leaves the phone except through these actions.
 */
export function SessionActions({ session, url }: { session: Session; url: string }) {
  const [status, setStatus] = useState('');
  const [showQr, setShowQr] = useState(false);
  // Someone who typed the short join address has a workshop without a name.
  const named = session.name !== '';
  const message = named ? `My result for ${session.name}: ${url}` : `My result for the workshop: ${url}`;
  async function send() {
    if (canShareNatively() && (await shareNatively({ title: named ? session.name : 'My result', text: message }))) {
      setStatus('Sent.');
      return;
    }
    setStatus(
      (await copyText(message))
        ? `Copied. Paste it ${session.destination === '' ? 'where the facilitator asked' : `into ${session.destination}`}.`
        : 'Your browser did not let us copy it. Show your QR code to the facilitator instead.',
    );
  }
  return (
    <section className="session-actions no-print" aria-labelledby="session-heading">
      <h2 id="session-heading">Send your result to the facilitator</h2>
      {(named || session.destination !== '') && (
        <p>
          {named && (
            <>
              Workshop: <NameText name={session.name} />.{' '}
            </>
          )}
          {session.destination !== '' && (
            <>
              Results go to: <NameText name={session.destination} />.
            </>
          )}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button-large" onClick={() => void send()}>
          {canShareNatively() ? 'Send to the facilitator' : 'Copy it for the facilitator'}
        </button>
        <button type="button" className="button-secondary" aria-expanded={showQr} onClick={() => setShowQr((v) => !v)}>
          {showQr ? 'Hide my QR code' : 'Show my QR code'}
        </button>
      </div>
      <p className="hint">Only your answers go, in the link. Nothing is sent until you send it.</p>
      <p role="status" className="status">
        {status}
      </p>
      {showQr && (
        <Suspense fallback={<p>Making the QR code…</p>}>
          <QrCode text={url} label="QR code of your result, for the facilitator to scan" size={280} />
        </Suspense>
      )}
    </section>
  );
}
