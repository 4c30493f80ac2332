import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { Page } from './page.tsx';

/**
 * What every link that cannot be opened shows: what is wrong, in plain words, and a way on.
 * Nothing from the link itself is displayed.
 */
export function BadLinkPage({ title, message, children }: { title: string; message: string; children?: ReactNode }) {
  return (
    <Page title={title}>
      <p className="lead">{message}</p>
      {children ?? <p>Ask the person who shared it to copy the whole link and send it again.</p>}
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </Page>
  );
}
