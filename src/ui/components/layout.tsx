import type { ReactNode } from 'react';
import { Link } from 'wouter';

/** The frame around every page: skip link, header and navigation, the notice area and footer. */
export function Layout({
  children,
  bare,
  path,
  appName,
  notices,
}: {
  children: ReactNode;
  /** Presentation mode fills the projector: no header, navigation or footer. */
  bare: boolean;
  /** This page's path, so the skip link works even before JavaScript runs. */
  path: string;
  appName: string;
  notices?: ReactNode;
}) {
  if (bare) {
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
        href={`${path.replace(/^\//, '')}#main`}
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="site-header">
        <div className="width">
          <Link href="/" className="site-name">
            {appName}
          </Link>
          <nav aria-label="Main">
            <ul>
              <li>
                <Link href="/ways/">Four ways</Link>
              </li>
              <li>
                <Link href="/principles/">What helps it work</Link>
              </li>
              <li>
                <Link href="/workshop/">Workshops</Link>
              </li>
              <li>
                <Link href="/about/">About</Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="width main">
        {notices}
        {children}
      </main>
      <footer className="site-footer">
        <div className="width">
          <p>Your answers stay on this device. Nothing is sent unless you share it.</p>
          <ul className="footer-links">
            <li>
              <Link href="/about/">About this tool and its sources</Link>
            </li>
            <li>
              <Link href="/accessibility/">Accessibility</Link>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
