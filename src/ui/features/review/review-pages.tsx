import '../share.css';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { content } from '../../content/content.ts';
import { review } from '../../content/review.ts';
import type { ScenarioId } from '../../content/schema.ts';
import { addMonths, reviewCalendar } from '../../domain/calendar.ts';
import {
  decodeReview,
  encodeReview,
  firstUnansweredReview,
  reviewOutcome,
  type ReviewAnswers,
  type ReviewOutcome,
} from '../../domain/review.ts';
import { useAppStore } from '../../state/store.ts';
import { ChoiceQuestion } from '../choice-question.tsx';
import { formatDate, icsStamp, today } from '../dates.ts';
import { wayOf } from '../headline.ts';
import { Page } from '../page.tsx';
import { SummaryList } from '../summary-list.tsx';
import { BadLinkPage } from '../bad-link-page.tsx';
import { SharePanel } from '../share-panel.tsx';
import { appUrl } from '../share-url.ts';
import { NotFoundPage } from './not-found-page.tsx';

const questionIds = review.questions.map((q) => q.id);

/** One question of the review journey, in the same one-question-per-page pattern as the questionnaires. */
export function ReviewQuestionPage({ stepId, fromCheck }: { stepId: string; fromCheck: boolean }) {
  const answers = useAppStore((s) => s.review);
  const setReviewAnswer = useAppStore((s) => s.setReviewAnswer);
  const [, navigate] = useLocation();
  const index = questionIds.indexOf(stepId);
  const question = review.questions[index];
  if (question === undefined) return <NotFoundPage />;
  const next = fromCheck ? 'check' : (questionIds[index + 1] ?? 'check');
  const back = fromCheck ? '/review/check' : index === 0 ? '/' : `/review/${questionIds[index - 1]}`;
  const selected = answers[question.id] ?? [];
  return (
    <ChoiceQuestion
      name={question.id}
      heading={question.question}
      hint={question.hint}
      caption={`Review: question ${index + 1} of ${questionIds.length}`}
      multiple={question.multiple}
      choices={question.options}
      selected={selected}
      onChange={(ids) => {
        // "Nothing much has changed" cannot sit beside a change.
        const cleaned =
          question.id === 'changes' && ids.at(-1) === 'nothing' ? ['nothing'] : ids.filter((id) => id !== 'nothing' || ids.length === 1);
        setReviewAnswer(question.id, cleaned);
      }}
      validate={() => ((answers[question.id] ?? []).length > 0 ? null : question.error)}
      onContinue={() => navigate(`/review/${next}`)}
      backHref={back}
    />
  );
}

function optionLabels(answers: ReviewAnswers, questionId: string): string[] {
  const q = review.questions.find((x) => x.id === questionId);
  return (answers[questionId] ?? []).map((id) => q?.options.find((o) => o.id === id)?.label ?? id);
}

export function ReviewCheckPage() {
  const answers = useAppStore((s) => s.review);
  const missing = firstUnansweredReview(review, answers);
  return (
    <Page title="Check your answers">
      <SummaryList
        rows={review.questions.map((q) => ({
          key: q.id,
          question: q.question,
          answers: optionLabels(answers, q.id),
          changeHref: `/review/${q.id}/change`,
        }))}
      />
      {missing === null ? (
        <p>
          <Link href="/review/summary" className="button">
            See your change strategy
          </Link>
        </p>
      ) : (
        <div className="callout">
          <p>You need to answer every question before you can see a change strategy.</p>
          <p>
            <Link href={`/review/${missing.id}`}>Answer the next question</Link>
          </p>
        </div>
      )}
    </Page>
  );
}

const scenarioOf = (id: ScenarioId) => review.scenarios.find((s) => s.id === id) ?? review.scenarios[0];

function reasonText(outcome: ReviewOutcome): string[] {
  return review.questions.flatMap((q) =>
    (outcome.contributions.some((c) => c.questionId === q.id)
      ? [...new Set(outcome.contributions.filter((c) => c.questionId === q.id).map((c) => c.optionId))]
      : []
    ).map((optionId) => {
      const option = q.options.find((o) => o.id === optionId);
      const parts = outcome.contributions
        .filter((c) => c.questionId === q.id && c.optionId === optionId)
        .map((c) => `${scenarioOf(c.scenario)?.name.toLowerCase()} (${c.points} point${c.points === 1 ? '' : 's'})`);
      return `You said ${option?.summary ?? option?.label ?? optionId}, which points to ${parts.join(' and ')}.`;
    }),
  );
}

function reviewMarkdown(outcome: ReviewOutcome, url: string): string {
  const scenario = scenarioOf(outcome.scenario);
  const current = wayOf(content, outcome.current);
  return [
    `# Change strategy: ${scenario?.name}`,
    '',
    `${scenario?.summary}`,
    '',
    `Current way of working: ${current.name}. Made on ${formatDate(today())}. Open it again: <${url}>`,
    '',
    '## How things stand',
    '',
    ...outcome.areas.map((a) => `- ${review.areas.find((x) => x.id === a.area)?.name}: ${a.option.label}`),
    '',
    '## Questions to discuss with your partner',
    '',
    ...(scenario?.discuss ?? []).map((d) => `- ${d}`),
    '',
    '## What to agree',
    '',
    ...(scenario?.agree ?? []).map((d) => `- [ ] ${d}`),
    '',
  ].join('\n');
}

/** The change strategy: the scenario, why, the three areas to review, what to discuss and agree. */
function ReviewSummary({ answers, shared }: { answers: ReviewAnswers; shared: boolean }) {
  const outcome = useMemo(() => reviewOutcome(review, answers), [answers]);
  const [months, setMonths] = useState(review.reviewMonths);
  if (outcome === null) {
    return (
      <Page title="Your answers are not finished">
        <p>We need an answer to every question before we can suggest a change strategy.</p>
        <p>
          <Link href={`/review/${firstUnansweredReview(review, answers)?.id ?? 'check'}`} className="button">
            Continue the questions
          </Link>
        </p>
      </Page>
    );
  }
  const scenario = scenarioOf(outcome.scenario);
  const current = wayOf(content, outcome.current);
  const code = encodeReview(review, answers);
  const url = appUrl(`c/${code}`);
  const problems = outcome.areas.filter((a) => a.option.status !== 'good');
  const title = `Your change strategy: ${scenario?.name.toLowerCase()}`;

  return (
    <Page title={title} lead={scenario?.summary}>
      {shared && (
        <div className="notice no-print">
          <p>
            <strong>This change strategy was shared with you by link.</strong> Your own answers on this device have not been changed.
          </p>
        </div>
      )}
      <h2>Why</h2>
      <ul className="reasons">
        {reasonText(outcome).map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>

      <h2>Review three things together</h2>
      <div className="areas">
        {review.areas.map((area) => {
          const answer = outcome.areas.find((a) => a.area === area.id);
          return (
            <section key={area.id} className={`area status-${answer?.option.status ?? 'good'}`} aria-labelledby={`area-${area.id}`}>
              <h3 id={`area-${area.id}`}>{area.name}</h3>
              <p>
                <strong>Now:</strong> {answer?.option.label}
              </p>
              <ul>
                {area.prompts.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>

      <h2>Questions to discuss with your partner</h2>
      <ul>
        {scenario?.discuss.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>

      <h2>What to agree</h2>
      <ul className="agree-list">
        {scenario?.agree.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>

      {problems.length > 0 && (
        <>
          <h2>Check the inputs you may have missed</h2>
          <p>
            When a way of working struggles, it is often because something it relies on was never in place. These are the inputs{' '}
            {current.name.toLowerCase()} needs:
          </p>
          <ul>
            {current.inputs.map((i) => (
              <li key={i.id}>{i.text}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        Read more about <Link href={`/ways/${current.id}`}>{current.name.toLowerCase()}</Link>,{' '}
        <Link href="/compare">compare the four ways</Link>, or see <Link href="/principles">what helps services work together</Link>.
      </p>

      <SharePanel
        heading="Share and keep this change strategy"
        privacy="Your answers are saved only on this device. The link contains your review answers, so your partner sees the same strategy."
        url={url}
        title={title}
        sentence={scenario?.summary ?? ''}
        reminder={{
          months,
          onMonths: setMonths,
          ics: (m) =>
            reviewCalendar({
              date: addMonths(today(), m),
              stamp: icsStamp(),
              uid: `change-${code.replace(/\./g, '-')}@ways-of-working-together`,
              summary: `Review our change strategy (${scenario?.name.toLowerCase()})`,
              description: `Time to look again at how our change strategy is going.\nOpen it: ${url}`,
              url,
            }),
        }}
        markdown={{ filename: 'change-strategy.md', text: () => reviewMarkdown(outcome, url) }}
      />
      {!shared && (
        <div className="actions no-print">
          <Link href="/review/check" className="button-secondary">
            Change your answers
          </Link>
        </div>
      )}
    </Page>
  );
}

export function ReviewSummaryPage() {
  const answers = useAppStore((s) => s.review);
  return <ReviewSummary answers={answers} shared={false} />;
}

export function SharedReviewPage({ code }: { code: string }) {
  const decoded = useMemo(() => decodeReview(review, code), [code]);
  if (!decoded.ok) {
    return (
      <BadLinkPage
        title="We can't open this change strategy link"
        message={
          decoded.problem === 'other-version'
            ? "This link was made by a different version of this tool, which this version can't read."
            : "This link is incomplete or has been changed, so we can't read the answers in it. It may have been cut off when it was copied."
        }
      />
    );
  }
  return <ReviewSummary answers={decoded.answers} shared />;
}
