/*
 * The questionnaire's routing, question by question, in the manner of GOV.UK smart-answers flow
 * tests: for each step of each journey, what it is, where Continue and Back go, and what it
 * refuses. Every count comes from the shipped content, so adding a theme or a question changes
 * the expectations with it.
 */
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/schema.ts';
import { statementSet } from '../../src/content/lookups.ts';
import {
  findStep,
  firstUnanswered,
  isJourney,
  journeyAnswers,
  journeySteps,
  JOURNEYS,
  nextStepId,
  PICK_LIST,
  picksOf,
  previousStepId,
  stepError,
  type QuestionnaireAnswers,
  type Step,
} from '../../src/domain/flow.ts';
import { realContent } from '../helpers/content.ts';

const content = realContent();
const NOTHING: QuestionnaireAnswers = { goals: [], outputs: [], context: {} };
const everyContextAnswered = Object.fromEntries(content.context.questions.map((q) => [q.id, q.options[0]?.id ?? '']));

function stepAt(steps: Step[], i: number): Step {
  const step = steps[i];
  if (step === undefined) throw new Error(`no step ${i}`);
  return step;
}

describe('journeys', () => {
  it('are the goal statements and the results wanted', () => {
    expect(JOURNEYS).toEqual(['goal', 'outputs']);
    expect(isJourney('goal')).toBe(true);
    expect(isJourney('outputs')).toBe(true);
    expect(isJourney('goals')).toBe(false);
    expect(isJourney('')).toBe(false);
  });
});

describe.each(JOURNEYS)('the %s journey', (journey) => {
  const set = statementSet(content, journey);
  const questions = content.context.questions;
  const steps = journeySteps(content, journey);
  const list = PICK_LIST[journey];
  const otherList = list === 'goals' ? 'outputs' : 'goals';
  const aPick = set.statements[0]?.id ?? '';
  const picked: QuestionnaireAnswers = { ...NOTHING, [list]: [aPick] };

  describe('its steps', () => {
    it('are a page per theme of the statement file, then every situation question, then check answers', () => {
      expect(steps.map((s) => s.id)).toEqual([...set.themes.map((t) => t.id), ...questions.map((q) => q.id), 'check']);
      expect(steps.map((s) => s.kind)).toEqual([...set.themes.map(() => 'picks'), ...questions.map(() => 'context'), 'check']);
    });

    it('number the statement pages "part n of all the themes"', () => {
      const pages = steps.filter((s) => s.kind === 'picks');
      expect(pages.map((s) => [s.part, s.parts])).toEqual(set.themes.map((_, i) => [i + 1, set.themes.length]));
      for (const page of pages) {
        expect(page.list).toBe(list);
        expect(page.set).toBe(set);
      }
    });

    it('number the situation questions "n of all the questions"', () => {
      const context = steps.filter((s) => s.kind === 'context');
      expect(context.map((s) => [s.number, s.of])).toEqual(questions.map((_, i) => [i + 1, questions.length]));
      expect(context.map((s) => s.question)).toEqual(questions);
    });

    it('have unique ids', () => {
      expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    });

    it('can all be reached from the first by pressing Continue', () => {
      const visited = [stepAt(steps, 0).id];
      let at = visited[0] ?? '';
      while (at !== 'check' && visited.length <= steps.length) {
        at = nextStepId(content, journey, at, false);
        visited.push(at);
      }
      expect(visited).toEqual(steps.map((s) => s.id));
    });

    it('can all be walked back from check answers to the first by pressing Back', () => {
      const visited: string[] = ['check'];
      let at: string | null = 'check';
      while (at !== null && visited.length <= steps.length) {
        at = previousStepId(content, journey, at, false);
        if (at !== null) visited.push(at);
      }
      expect(visited).toEqual(steps.map((s) => s.id).reverse());
    });
  });

  describe('old addresses', () => {
    it.each(['goals', 'outputs'])('"%s", from when all statements were on one page, leads to the first page', (old) => {
      expect(findStep(content, journey, old)).toEqual(steps[0]);
    });

    it('an unknown step is not found', () => {
      expect(findStep(content, journey, 'no-such-step')).toBeUndefined();
      expect(findStep(content, journey, '')).toBeUndefined();
    });
  });

  describe.each(steps.map((step, i) => [step.id, i] as const))('step "%s"', (id, i) => {
    const step = stepAt(steps, i);
    const last = i === steps.length - 1;

    it('is found by its id', () => {
      expect(findStep(content, journey, id)).toEqual(step);
    });

    it(`goes on to ${last ? 'check answers' : `step ${i + 2}`}`, () => {
      expect(nextStepId(content, journey, id, false)).toBe(last ? 'check' : stepAt(steps, i + 1).id);
    });

    it(`goes back to ${i === 0 ? 'before the questions' : `step ${i}`}`, () => {
      expect(previousStepId(content, journey, id, false)).toBe(i === 0 ? null : stepAt(steps, i - 1).id);
    });

    it('returns to check answers, both ways, when reached from a Change link', () => {
      expect(nextStepId(content, journey, id, true)).toBe('check');
      expect(previousStepId(content, journey, id, true)).toBe('check');
    });

    if (step.kind === 'picks') {
      const isLastPage = step.part === step.parts;

      it(isLastPage ? 'refuses to go on when nothing is chosen on any page' : 'may be left with nothing chosen', () => {
        expect(stepError(step, NOTHING)).toBe(isLastPage ? set.error : null);
      });

      it('may be left once anything in this journey is chosen, on any page', () => {
        for (const statement of set.statements) {
          expect(stepError(step, { ...NOTHING, [list]: [statement.id] })).toBeNull();
        }
      });

      it('does not count statements chosen in the other journey', () => {
        const other = statementSet(content, journey === 'goal' ? 'outputs' : 'goal').statements.map((s) => s.id);
        expect(stepError(step, { ...NOTHING, [otherList]: other })).toBe(isLastPage ? set.error : null);
      });

      it('shows the statements of its own theme', () => {
        expect(set.statements.some((s) => s.theme === step.theme.id)).toBe(true);
      });
    }

    if (step.kind === 'context') {
      it('refuses to go on with no answer, with the question’s error', () => {
        const error = stepError(step, picked);
        expect(error).not.toBeNull();
        expect(error?.trim()).not.toBe('');
        if (step.question.error !== undefined) expect(error).toBe(step.question.error);
      });

      it.each(step.question.options.map((o) => o.id))('may be left with the answer "%s"', (optionId) => {
        expect(stepError(step, { ...picked, context: { [id]: optionId } })).toBeNull();
      });

      it('is not satisfied by answers to other questions', () => {
        const others = Object.fromEntries(Object.entries(everyContextAnswered).filter(([q]) => q !== id));
        expect(stepError(step, { ...picked, context: others })).not.toBeNull();
      });
    }

    if (step.kind === 'check') {
      it('can always be left', () => {
        expect(stepError(step, NOTHING)).toBeNull();
      });
    }
  });

  describe('firstUnanswered', () => {
    it('is the first page when nothing is chosen, even if the situation is answered', () => {
      expect(firstUnanswered(content, journey, NOTHING)).toBe(stepAt(steps, 0).id);
      expect(firstUnanswered(content, journey, { ...NOTHING, context: everyContextAnswered })).toBe(stepAt(steps, 0).id);
    });

    it('is the first page when only the other journey has picks', () => {
      const other = statementSet(content, journey === 'goal' ? 'outputs' : 'goal').statements.map((s) => s.id);
      expect(firstUnanswered(content, journey, { ...NOTHING, [otherList]: other, context: everyContextAnswered })).toBe(
        stepAt(steps, 0).id,
      );
    });

    it('is each situation question in turn as the ones before it are answered', () => {
      const context: Record<string, string> = {};
      for (const question of questions) {
        expect(firstUnanswered(content, journey, { ...picked, context })).toBe(question.id);
        context[question.id] = question.options[0]?.id ?? '';
      }
      expect(firstUnanswered(content, journey, { ...picked, context })).toBeNull();
    });

    it('finds a question skipped in the middle', () => {
      const middle = questions[Math.floor(questions.length / 2)];
      if (middle === undefined) throw new Error('no questions');
      const context = Object.fromEntries(Object.entries(everyContextAnswered).filter(([q]) => q !== middle.id));
      expect(firstUnanswered(content, journey, { ...picked, context })).toBe(middle.id);
    });
  });

  describe('the answers used for the recommendation', () => {
    it('are this journey’s picks and every situation answer', () => {
      const answers: QuestionnaireAnswers = { goals: ['a'], outputs: ['b'], context: { x: 'y' } };
      expect(picksOf(journey, answers)).toEqual(journey === 'goal' ? ['a'] : ['b']);
      expect(journeyAnswers(journey, answers)).toEqual({ picks: journey === 'goal' ? ['a'] : ['b'], context: { x: 'y' } });
    });
  });
});

describe('a question with its own error message', () => {
  it('shows that message when left unanswered', () => {
    const withErrors: Content = {
      ...content,
      context: { ...content.context, questions: content.context.questions.map((q) => ({ ...q, error: `Answer: ${q.label}` })) },
    };
    for (const step of journeySteps(withErrors, 'goal')) {
      if (step.kind === 'context') expect(stepError(step, NOTHING)).toBe(`Answer: ${step.question.label}`);
    }
  });
});
