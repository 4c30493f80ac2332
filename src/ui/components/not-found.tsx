import { Link } from 'wouter';
import { Page } from './page.tsx';

/** A page that is not there: what happened, in plain words, and the way back. */
export function NotFound({ message, href, label }: { message: string; href: string; label: string }) {
  return (
    <Page title="Page not found">
      <p>{message}</p>
      <p>
        <Link href={href}>{label}</Link>
      </p>
    </Page>
  );
}
