import { Link } from 'wouter';
import { Page } from '../page.tsx';
import { QrCode } from '../qr-code.tsx';
import { appUrl } from '../share-url.ts';
import '../share.css';

/** The address participants open on their phones: the start page of this same copy of the tool. */
export function joinUrl(): string {
  return appUrl('');
}

/** The join address without its protocol, short enough to read off a slide and type. */
export function shortAddress(): string {
  return `${location.host}${location.pathname.replace(/index\.html$/, '')}`;
}

export function JoinPanel() {
  return (
    <section className="join" aria-labelledby="join-heading">
      <h2 id="join-heading">Join on your phone</h2>
      <QrCode text={joinUrl()} label="QR code to open this tool on your phone" size={240} />
      <p className="join-address">{shortAddress()}</p>
      <p>Answer the questions, then send your result link to the facilitator.</p>
    </section>
  );
}

/** The facilitator's hub: join details for the room and the three workshop tools. */
export function WorkshopPage() {
  return (
    <Page
      title="Run a workshop"
      lead="Step a room through the four ways, let people answer on their phones, and see where the group lands."
    >
      <JoinPanel />
      <ul className="cards">
        <li className="card">
          <h2>
            <Link href="/present/1" className="card-link">
              Presentation mode
            </Link>
          </h2>
          <p>
            Large type for a projector. Step through the spectrum, the questions and a result with the arrow keys. F for full screen, Esc to
            leave.
          </p>
        </li>
        <li className="card">
          <h2>
            <Link href="/group" className="card-link">
              Group view
            </Link>
          </h2>
          <p>Paste the result links people send you, and see where the group agrees, where it splits, and a joint recommendation.</p>
        </li>
        <li className="card">
          <h2>
            <Link href="/hands/0" className="card-link">
              Show of hands
            </Link>
          </h2>
          <p>No phones? Step through the statements, count hands for each, and get the same group view.</p>
        </li>
      </ul>
    </Page>
  );
}
