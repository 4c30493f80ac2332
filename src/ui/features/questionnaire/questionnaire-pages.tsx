import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { content } from '../../../content/content.ts';
import { statementSet } from '../../../content/lookups.ts';
import {
  findStep,
  firstUnanswered,
  journeySteps,
  nextStepId,
  PICK_LIST,
  previousStepId,
  stepError,
  type Journey,
  type Step,
} from '../../../domain/flow.ts';
import { decodeResult } from '../../../domain/links/result-link.ts';
import { presentationOrder } from '../../../domain/order.ts';
import { useAppStore } from '../../../state/store.ts';
import { ChoiceQuestion } from '../../components/choice-question.tsx';
import { LinkProblemPage } from '../../components/link-problem.tsx';
import { NameText } from '../../components/name-text.tsx';
import { NotFound } from '../../components/not-found.tsx';
import { usePageTitle } from '../../components/page.tsx';
import { CheckAnswers } from '../../components/check-answers.tsx';
import { answerRows } from '../../lib/answer-rows.ts';
import { useHash, useHydrated } from '../../lib/hash.ts';
import { whenIdle } from '../../lib/idle.ts';
import { preloadNext } from '../../lib/preload.ts';
import './questionnaire.css';

const stepPath = (journey: Journey, stepId: string, change = false) => `/${journey}/${stepId}/${change ? 'change/' : ''}`;

/** The first question: start from goals or from the results wanted. */
export function BeginPage() {
  const { begin } = content.pages;
  const [, navigate] = useLocation();
  const [choice, setChoice] = useState<string[]>([]);
  const session = useAppStore((s) => s.session);
  const setSession = useAppStore((s) => s.setSession);
  const hydrated = useHydrated();
  const firstOf = (journey: Journey) => journeySteps(content, journey)[0]?.id ?? 'check';
  return (
    <>
      {hydrated && session !== null && (
        <div className="notice">
          <p>
            You're answering for{' '}
            {session.name === '' ? (
              'a workshop'
            ) : (
              <>
                the workshop <NameText name={session.name} />
              </>
            )}
            . At the end, you can send your result to the facilitator. Nothing is sent until you do.
          </p>
          <button type="button" className="button-link" onClick={() => setSession(null)}>
            I'm not in this workshop
          </button>
        </div>
      )}
      <ChoiceQuestion
        name="begin"
        heading={begin.question}
        hint={begin.hint}
        multiple={false}
        choices={begin.options}
        selected={choice}
        onChange={setChoice}
        validate={() => (choice.length > 0 ? null : begin.error)}
        onContinue={() => {
          const journey = begin.options.find((o) => o.id === choice[0])?.id;
          if (journey !== undefined) navigate(stepPath(journey, firstOf(journey)));
        }}
        onIntent={() => preloadNext(stepPath('goal', firstOf('goal')))}
        backHref="/"
      />
    </>
  );
}

/** A page of the questionnaire: a theme's statements, or one question about the situation. */
export function QuestionPage({ journey, stepId, fromCheck }: { journey: Journey; stepId: string; fromCheck: boolean }) {
  const step = findStep(content, journey, stepId);
  const [, navigate] = useLocation();
  // Addresses from the first version (one page of statements) lead to the first page.
  useEffect(() => {
    if (step !== undefined && step.id !== stepId) navigate(stepPath(journey, step.id, fromCheck), { replace: true });
  }, [step, stepId, journey, fromCheck, navigate]);
  if (step === undefined || step.kind === 'check')
    return <NotFound message="This question isn't in the tool. The link may be out of date." href="/begin/" label="Start the questions" />;
  return <StepPage key={step.id} journey={journey} step={step} fromCheck={fromCheck} />;
}

function StepPage({ journey, step, fromCheck }: { journey: Journey; step: Exclude<Step, { kind: 'check' }>; fromCheck: boolean }) {
  const answers = useAppStore((s) => s.answers);
  const setPicks = useAppStore((s) => s.setPicks);
  const setContext = useAppStore((s) => s.setContext);
  const [, navigate] = useLocation();
  const back = previousStepId(content, journey, step.id, fromCheck);
  const next = nextStepId(content, journey, step.id, fromCheck);
  const nextPath = stepPath(journey, next);
  useEffect(() => whenIdle(() => preloadNext(nextPath)), [nextPath]);
  const common = {
    name: step.id,
    validate: () => stepError(step, answers),
    onContinue: () => navigate(nextPath),
    onIntent: () => preloadNext(nextPath),
    backHref: back === null ? '/begin/' : stepPath(journey, back),
  };

  if (step.kind === 'picks') {
    const statements = presentationOrder(step.set.statements.filter((s) => s.theme === step.theme.id));
    const other: Journey = journey === 'goal' ? 'outputs' : 'goal';
    const { begin } = content.pages;
    return (
      <ChoiceQuestion
        {...common}
        caption={`${content.wording.journeys[journey].picksTitle}: part ${step.part} of ${step.parts}`}
        heading={step.theme.question}
        hint={step.part < step.parts ? `${step.set.hint} ${step.set.moreToCome}` : step.set.hint}
        multiple
        choices={statements.map((s) => ({ id: s.id, label: s.text }))}
        selected={answers[step.list]}
        onChange={(ids) => {
          // Only this page's statements change; what was chosen on the other pages stays.
          const here = new Set(statements.map((s) => s.id));
          setPicks(step.list, [...answers[step.list].filter((id) => !here.has(id)), ...ids]);
        }}
        after={
          <details className="none-fit">
            <summary>{begin.noneFit}</summary>
            <ul className="link-list">
              <li>
                <Link href={stepPath(other, journeySteps(content, other)[0]?.id ?? 'check')}>{begin.noneFitOther[journey]}</Link>
              </li>
              <li>
                <Link href="/ways/">{begin.noneFitExplore}</Link>
              </li>
            </ul>
          </details>
        }
      />
    );
  }
  const current = answers.context[step.id];
  return (
    <ChoiceQuestion
      {...common}
      caption={`Your situation: question ${step.number} of ${step.of}`}
      heading={step.question.question}
      hint={step.question.hint}
      multiple={false}
      choices={step.question.options.map((o) => ({ id: o.id, label: o.label }))}
      selected={current === undefined ? [] : [current]}
      onChange={([id]) => {
        if (id !== undefined) setContext(step.id, id);
      }}
    />
  );
}

/** Check your answers: each page's answers with a Change link that comes back here. */
export function CheckPage({ journey }: { journey: Journey }) {
  const answers = useAppStore((s) => s.answers);
  const hydrated = useHydrated();
  const steps = journeySteps(content, journey);
  const missing = firstUnanswered(content, journey, answers);
  const set = statementSet(content, journey);
  const last = steps.at(-2);
  const resultPath = `/${journey}/result/`;
  useEffect(() => whenIdle(() => preloadNext(resultPath)), [resultPath]);
  return (
    <CheckAnswers
      backHref={last === undefined ? '/begin/' : stepPath(journey, last.id)}
      rows={
        hydrated
          ? answerRows(journey, { picks: answers[PICK_LIST[journey]], context: answers.context }, (id) => stepPath(journey, id, true))
          : null
      }
    >
      {missing === null ? (
        <p>
          <Link href={resultPath} className="button" onFocus={() => preloadNext(resultPath)} onPointerEnter={() => preloadNext(resultPath)}>
            See your suggestion
          </Link>
        </p>
      ) : (
        <div className="callout">
          <p>{missing === steps[0]?.id ? set.error : 'Answer every question about your situation to see a suggestion.'}</p>
          <p>
            <Link href={stepPath(journey, missing)}>Answer the next question</Link>
          </p>
        </div>
      )}
    </CheckAnswers>
  );
}

/**
 * Picks up answers: from a link (when the browser could not save them, the tool offers one), or
 * from this device, going to the first question that still needs an answer.
 */
export function ResumePage() {
  usePageTitle('Opening your answers');
  const hash = useHash();
  const hydrated = useHydrated();
  const answers = useAppStore((s) => s.answers);
  const replaceAnswers = useAppStore((s) => s.replaceAnswers);
  const [, navigate] = useLocation();
  const decoded = useMemo(() => (hash === '' ? null : decodeResult(content, hash)), [hash]);
  useEffect(() => {
    if (!hydrated) return;
    if (decoded !== null) {
      if (!decoded.ok) return;
      const { journey, answers: fromLink, ticks } = decoded.value;
      const list = journey === 'goal' ? 'goals' : 'outputs';
      replaceAnswers(
        { ...answers, [list]: [...fromLink.picks], context: { ...fromLink.context } },
        Object.fromEntries(ticks.map((t) => [t, true])),
      );
      navigate(
        stepPath(journey, firstUnanswered(content, journey, { ...answers, [list]: fromLink.picks, context: fromLink.context }) ?? 'check'),
        {
          replace: true,
        },
      );
      return;
    }
    const journey: Journey | null = answers.goals.length > 0 ? 'goal' : answers.outputs.length > 0 ? 'outputs' : null;
    navigate(journey === null ? '/begin/' : stepPath(journey, firstUnanswered(content, journey, answers) ?? 'check'), { replace: true });
    // Runs once the page is up: afterwards it has moved on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated, decoded]);
  if (decoded !== null && !decoded.ok) return <LinkProblemPage wording={content.wording} kind="result" problem={decoded.problem} />;
  return (
    <p className="page-loading" aria-busy="true">
      <span className="visually-hidden">Opening your answers…</span>
    </p>
  );
}
