import { Link } from 'wouter';
import { Page } from '../page.tsx';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>We couldn't find that page. The link may be mistyped or out of date.</p>
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </Page>
  );
}
