import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { content } from '../../content/content.ts';
import { addMonths } from '../../domain/calendar.ts';
import { PICK_STEP } from '../../domain/flow.ts';
import { recommend } from '../../domain/recommend.ts';
import { decodeLink, type LinkProblem, type SharedAnswers } from '../../domain/share-link.ts';
import { useAppStore } from '../../state/store.ts';
import { formatDate, today } from '../dates.ts';
import { headline } from '../headline.ts';
import { Page } from '../page.tsx';
import { ResultView } from '../result-view.tsx';
import { ConfirmReplace } from '../confirm-replace.tsx';
import { ResultSharePanel } from '../share-panel.tsx';

/** What went wrong with a link, in words. Nothing from the link itself is shown. */
export function linkProblemMessage(problem: LinkProblem): string {
  switch (problem.kind) {
    case 'too-long':
      return 'This link is much longer than a result link from this tool, so it may have been pasted twice or changed.';
    case 'malformed':
      return "This link is incomplete or has been changed, so we can't read the answers in it. It may have been cut off when it was copied.";
    case 'other-version':
      return `This link was made by a different version of this tool (link format ${problem.version}), which this version can't read.`;
    case 'unknown-statement':
    case 'unknown-question':
    case 'unknown-answer':
      return "This link includes an answer that isn't in this tool any more, so we can't show the same result.";
    case 'wrong-list':
      return "This link mixes answers from the two questionnaires, so it looks as if it has been changed. We can't show a result from it.";
    case 'repeated-question':
      return "This link answers the same question twice, so it looks as if it has been changed. We can't show a result from it.";
    case 'empty':
      return "This link doesn't include any goals or results, so there is no result to show.";
  }
}

function LinkProblemPage({ problem }: { problem: LinkProblem }) {
  return (
    <Page title="We can't open this result link">
      <p className="lead">{linkProblemMessage(problem)}</p>
      <p>Ask the person who shared it to copy the whole link and send it again, or find your own result.</p>
      <ul className="cards">
        <li className="card">
          <h2>
            <Link href="/goal/goals" className="card-link">
              Start from your goal
            </Link>
          </h2>
        </li>
        <li className="card">
          <h2>
            <Link href="/outputs/outputs" className="card-link">
              Start from the results you want
            </Link>
          </h2>
        </li>
      </ul>
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </Page>
  );
}

export function SharedResultPage({ code }: { code: string }) {
  const decoded = useMemo(() => decodeLink(content, code), [code]);
  if (!decoded.ok) return <LinkProblemPage problem={decoded.problem} />;
  return <SharedResult code={code} shared={decoded.shared} />;
}

function SharedResult({ code, shared }: { code: string; shared: SharedAnswers }) {
  const recommendation = useMemo(() => recommend(content, shared.answers), [shared]);
  const own = useAppStore((s) => s.answers);
  const replaceAnswers = useAppStore((s) => s.replaceAnswers);
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);

  if (recommendation === null) return <LinkProblemPage problem={{ kind: 'empty' }} />;
  const months = recommendation.reviewMonths;
  const { title, sentence } = headline(content, recommendation, months, formatDate(addMonths(today(), months)));
  const list = PICK_STEP[shared.journey];
  const missing = content.context.questions.filter((q) => shared.answers.context[q.id] === undefined);

  const sameAsOwn =
    [...own[list]].sort().join() === [...shared.answers.picks].sort().join() &&
    JSON.stringify(Object.entries(own.context).sort()) === JSON.stringify(Object.entries(shared.answers.context).sort());
  const hasOwn = own.goals.length + own.outputs.length + Object.keys(own.context).length > 0;

  function adoptAnswers() {
    replaceAnswers({ ...own, [list]: [...shared.answers.picks], context: { ...shared.answers.context } });
    navigate(`/${shared.journey}/check`);
  }

  return (
    <Page title={title}>
      <div className="notice shared-notice no-print">
        <p>
          <strong>This result was shared with you by link.</strong> It shows the answers in the link. Your own answers on this device have
          not been changed.
        </p>
      </div>
      {missing.length > 0 && (
        <p className="callout">
          This link was made before {missing.length === 1 ? 'this question was' : 'these questions were'} added, so the result leaves{' '}
          {missing.length === 1 ? 'it' : 'them'} out: {missing.map((q) => `“${q.question}”`).join(', ')}
        </p>
      )}
      <ResultView recommendation={recommendation} sentence={sentence} reviewMonths={months} />
      <ResultSharePanel
        code={code}
        handoutHref={`/r/${code}/handout`}
        recommendation={recommendation}
        title={title}
        sentence={sentence}
        reviewMonths={months}
      />
      {confirming ? (
        <ConfirmReplace
          title="Replace your own answers?"
          text="You already have answers saved on this device. Using the answers from this link will replace them."
          confirmLabel="Replace my answers"
          cancelLabel="Keep my answers"
          onConfirm={adoptAnswers}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div className="actions no-print">
          <button type="button" className="button-secondary" onClick={() => (hasOwn && !sameAsOwn ? setConfirming(true) : adoptAnswers())}>
            Change these answers
          </button>
          <Link href="/" className="button-secondary">
            Start your own
          </Link>
        </div>
      )}
    </Page>
  );
}
