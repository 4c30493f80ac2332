import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { content } from '../content/content.ts';
import { useAppStore, type SavedNotice } from '../state/store.ts';

const NOTICES: Record<SavedNotice, string> = {
  unreadable: "We couldn't read the answers saved on this device, so we've started afresh.",
  'old-version': 'The answers saved on this device were from an older version of this tool, so we have started afresh.',
  'unknown-answers': "Some answers saved on this device no longer match this tool's questions, so we've started afresh.",
};

function SavedStateNotice() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notice === null) return null;
  return (
    <div className="notice" role="status">
      <p>{NOTICES[notice]}</p>
      <button type="button" className="button-secondary" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}

/** The frame around every page: skip link, header and navigation, the notice area and footer. */
export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  // Presentation mode fills the projector: no header, navigation or footer.
  if (location.startsWith('/present')) {
    return (
      <main id="main" tabIndex={-1} className="present-main">
        {children}
      </main>
    );
  }
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // A fragment link would change the hash route; move focus instead.
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="site-header">
        <div className="width">
          <Link href="/" className="site-name">
            {content.pages.appName}
          </Link>
          <nav aria-label="Main">
            <ul>
              <li>
                <Link href="/ways">The four ways</Link>
              </li>
              <li>
                <Link href="/compare">Compare</Link>
              </li>
              <li>
                <Link href="/principles">What helps</Link>
              </li>
              <li>
                <Link href="/workshop">Workshop</Link>
              </li>
              <li>
                <Link href="/about">About</Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="width">
        <SavedStateNotice />
        {children}
      </main>
      <footer className="site-footer">
        <div className="width">
          <p>Your answers stay on this device. Nothing is sent anywhere.</p>
          <ul className="footer-links">
            <li>
              <Link href="/about">About this tool and its sources</Link>
            </li>
            <li>
              <Link href="/accessibility">Accessibility</Link>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
