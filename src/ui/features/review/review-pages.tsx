import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import review from 'virtual:content/review';
import { content } from '../../../content/content.ts';
import { wayOf } from '../../../content/lookups.ts';
import type { ScenarioId } from '../../../content/schema.ts';
import { addMonths, reviewCalendar } from '../../../domain/calendar.ts';
import { decodeReview, encodeReview } from '../../../domain/links/review-link.ts';
import { firstUnansweredReview, reviewOutcome, type ReviewAnswers, type ReviewOutcome } from '../../../domain/review.ts';
import { useAppStore } from '../../../state/store.ts';
import { ChoiceQuestion } from '../../components/choice-question.tsx';
import { LinkProblemPage } from '../../components/link-problem.tsx';
import { CheckAnswers } from '../../components/check-answers.tsx';
import { KeepPanel } from '../../components/keep-panel.tsx';
import { NotFound } from '../../components/not-found.tsx';
import { Page } from '../../components/page.tsx';
import { SharePanel } from '../../components/share-panel.tsx';
import { formatDate, icsStamp, today } from '../../lib/dates.ts';
import { download } from '../../lib/download.ts';
import { useHash, useHydrated } from '../../lib/hash.ts';
import { linkUrl } from '../../lib/urls.ts';
import './review.css';

const questionIds = review.questions.map((q) => q.id);

/** One question of the review journey, in the same one-question-per-page pattern as the questionnaires. */
export function ReviewQuestionPage({ stepId, fromCheck }: { stepId: string; fromCheck: boolean }) {
  const answers = useAppStore((s) => s.review);
  const setReviewAnswer = useAppStore((s) => s.setReviewAnswer);
  const [, navigate] = useLocation();
  const index = questionIds.indexOf(stepId);
  const question = review.questions[index];
  if (question === undefined) {
    return (
      <NotFound
        message="This question isn't in the review. The link may be out of date."
        href="/review/current/"
        label="Start the review"
      />
    );
  }
  const next = fromCheck ? 'check' : (questionIds[index + 1] ?? 'check');
  const back = fromCheck ? '/review/check/' : index === 0 ? '/' : `/review/${questionIds[index - 1]}/`;
  const exclusive = new Set(question.options.filter((o) => o.exclusive === true).map((o) => o.id));
  return (
    <ChoiceQuestion
      name={question.id}
      heading={question.question}
      hint={question.hint}
      caption={`Review: question ${index + 1} of ${questionIds.length}`}
      multiple={question.multiple}
      choices={question.options}
      selected={answers[question.id] ?? []}
      onChange={(ids) => {
        // An answer such as "nothing much has changed" cannot sit beside the others: the last one chosen wins.
        const last = ids.at(-1);
        setReviewAnswer(question.id, last !== undefined && exclusive.has(last) ? [last] : ids.filter((id) => !exclusive.has(id)));
      }}
      validate={() => ((answers[question.id] ?? []).length > 0 ? null : question.error)}
      onContinue={() => navigate(`/review/${next}/`)}
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
  const hydrated = useHydrated();
  const missing = firstUnansweredReview(review, answers);
  const last = questionIds.at(-1);
  return (
    <CheckAnswers
      backHref={last === undefined ? '/' : `/review/${last}/`}
      rows={
        hydrated
          ? review.questions.map((q) => ({
              key: q.id,
              question: q.label,
              answers: optionLabels(answers, q.id),
              changeHref: `/review/${q.id}/change/`,
            }))
          : null
      }
    >
      {missing === null ? (
        <p>
          <Link href="/review/summary/" className="button">
            See your change strategy
          </Link>
        </p>
      ) : (
        <div className="callout">
          <p>You need to answer every question before you can see a change strategy.</p>
          <p>
            <Link href={`/review/${missing.id}/`}>Answer the next question</Link>
          </p>
        </div>
      )}
    </CheckAnswers>
  );
}

const scenarioOf = (id: ScenarioId) => review.scenarios.find((s) => s.id === id);

/** Why, in words: each answer that pointed somewhere, and where. No points: those are for the scoring. */
function reasonText(outcome: ReviewOutcome): string[] {
  return review.questions.flatMap((q) =>
    [...new Set(outcome.contributions.filter((c) => c.questionId === q.id).map((c) => c.optionId))].map((optionId) => {
      const option = q.options.find((o) => o.id === optionId);
      const strongest = outcome.contributions
        .filter((c) => c.questionId === q.id && c.optionId === optionId)
        .sort((a, b) => b.points - a.points)
        .map((c) => scenarioOf(c.scenario)?.name.toLowerCase() ?? c.scenario);
      return `You said ${option?.summary ?? option?.label ?? optionId}, which points to ${[...new Set(strongest)].join(' and ')}.`;
    }),
  );
}

function reviewText(outcome: ReviewOutcome, url: string): string {
  const scenario = scenarioOf(outcome.scenario);
  const current = wayOf(content, outcome.current);
  return [
    `Change strategy: ${scenario?.name}`,
    '',
    `${scenario?.summary}`,
    '',
    `Current way of working: ${current.name}. Made on ${formatDate(today())}. Open it again: ${url}`,
    '',
    'How things stand:',
    ...outcome.areas.map((a) => `- ${review.areas.find((x) => x.id === a.area)?.name}: ${a.option.label}`),
    '',
    'Questions to discuss with your partner:',
    ...(scenario?.discuss ?? []).map((d) => `- ${d}`),
    '',
    'What to agree:',
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
          <Link href={`/review/${firstUnansweredReview(review, answers)?.id ?? 'check'}/`} className="button">
            Continue the questions
          </Link>
        </p>
      </Page>
    );
  }
  const scenario = scenarioOf(outcome.scenario);
  const current = wayOf(content, outcome.current);
  const code = encodeReview(review, answers);
  const url = linkUrl('review', code);
  const problems = outcome.areas.filter((a) => a.option.status !== 'good');
  const title = `${shared ? 'A' : 'Your'} change strategy: ${scenario?.name.toLowerCase()}`;

  return (
    <Page title={title} lead={scenario?.summary}>
      {shared && (
        <div className="notice">
          <p>
            <strong>Shared with you.</strong> This shows the answers in the link. Nothing on your device has changed.
          </p>
        </div>
      )}
      <SharePanel
        label="Share this change strategy"
        url={url}
        title={title}
        text={scenario?.summary ?? ''}
        privacy="The link holds the review answers, so your partner sees the same strategy."
        qrLabel="QR code of the link to this change strategy"
        print={{ label: 'Print or save as PDF' }}
      />
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
          <h2>Check what you may have missed</h2>
          <p>
            When a way of working struggles, it is often because something it relies on was never in place. This is what {current.term}{' '}
            takes:
          </p>
          <ul>
            {current.inputs.map((i) => (
              <li key={i.id}>{i.text}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        Read more about <Link href={`/ways/${current.id}/`}>{current.term}</Link>, <Link href="/compare/">compare the four ways</Link>, or
        see <Link href="/principles/">what helps services work together</Link>.
      </p>

      <KeepPanel
        months={months}
        onMonths={setMonths}
        onReminder={() =>
          download(
            'review-reminder.ics',
            'text/calendar',
            reviewCalendar({
              date: addMonths(today(), months),
              stamp: icsStamp(),
              uid: `change-${code.replace(/[^A-Za-z0-9]/g, '-')}@ways-of-working-together`,
              summary: `Review our change strategy (${scenario?.name.toLowerCase()})`,
              description: `Time to look again at how our change strategy is going.\nOpen it: ${url}`,
              url,
            }),
          )
        }
        onSummary={() => download('change-strategy.txt', 'text/plain', reviewText(outcome, url))}
      />
      {!shared && (
        <div className="actions page-end no-print">
          <Link href="/review/check/" className="button-secondary">
            Change your answers
          </Link>
        </div>
      )}
    </Page>
  );
}

export function ReviewSummaryPage() {
  const answers = useAppStore((s) => s.review);
  return useHydrated() ? <ReviewSummary answers={answers} shared={false} /> : <Page title="Your change strategy" />;
}

export function SharedReviewPage() {
  const hash = useHash();
  const hydrated = useHydrated();
  const decoded = useMemo(() => (hydrated ? decodeReview(review, hash) : null), [hash, hydrated]);
  if (decoded === null) return <Page title="A change strategy" />;
  if (!decoded.ok) return <LinkProblemPage wording={content.wording} kind="review" problem={decoded.problem} />;
  if (firstUnansweredReview(review, decoded.value) !== null)
    return <LinkProblemPage wording={content.wording} kind="review" problem={{ kind: 'incomplete' }} />;
  return <ReviewSummary answers={decoded.value} shared />;
}
