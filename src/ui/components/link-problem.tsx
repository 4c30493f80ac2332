import { Link } from 'wouter';
import type { Wording } from '../../content/schema.ts';
import { linkProblemText } from '../../domain/explain.ts';
import type { LinkKind, LinkProblem } from '../../domain/links/codec.ts';
import { Page } from './page.tsx';

/**
 * What every link that cannot be opened shows: what is wrong, in plain words from content, and a
 * way on. Nothing from the link itself is displayed.
 */
export function LinkProblemPage({ wording, kind, problem }: { wording: Wording; kind: LinkKind; problem: LinkProblem }) {
  const { title, message, next } = linkProblemText(wording, kind, problem);
  return (
    <Page title={title}>
      <p className="lead">{message}</p>
      <p>{next}</p>
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </Page>
  );
}
