/*
 * Calibration: what users see, checked before they see it. Every goal statement and output is
 * run alone through the real scoring with every combination of answers about the situation,
 * the states the app actually produces. A single pick must always aim at its own way, whatever
 * the situation, and a tie must never be broken against it. Pure.
 */
import type { Content, Statement, WayId } from '../content/schema.ts';
import { recommend } from './recommend.ts';

export type CalibrationProblem = {
  file: 'goals.json' | 'outputs.json';
  statement: Statement;
  kind: 'leaves-way' | 'tie-against-pick';
  /** How many combinations of situation answers show the problem, and one example. */
  combinations: number;
  example: { context: Record<string, string>; aim: WayId };
};

export type Calibration = {
  /** Statements checked, and combinations of situation answers each was checked with. */
  statements: number;
  combinations: number;
  problems: CalibrationProblem[];
};

/** Every combination of one answer per context question. */
export function* contextCombinations(content: Pick<Content, 'context'>): Generator<Record<string, string>> {
  const questions = content.context.questions;
  const pick = new Array<number>(questions.length).fill(0);
  for (;;) {
    yield Object.fromEntries(questions.map((q, i) => [q.id, q.options[pick[i] ?? 0]?.id ?? '']));
    let i = questions.length - 1;
    for (; i >= 0; i--) {
      pick[i] = (pick[i] ?? 0) + 1;
      if ((pick[i] ?? 0) < (questions[i]?.options.length ?? 0)) break;
      pick[i] = 0;
    }
    if (i < 0) return;
  }
}

/** Runs every statement alone across every combination of situation answers and reports what lands off target. */
export function calibrate(content: Content): Calibration {
  const combos = [...contextCombinations(content)];
  const problems: CalibrationProblem[] = [];
  const sets = [
    ['goals.json', content.goals],
    ['outputs.json', content.outputs],
  ] as const;
  for (const [file, set] of sets) {
    for (const statement of set.statements) {
      const found = new Map<CalibrationProblem['kind'], CalibrationProblem>();
      for (const context of combos) {
        const r = recommend(content, { picks: [statement.id], context });
        const aim = r?.aim ?? null;
        if (aim === statement.way) continue;
        const kind = r !== null && r.tie ? 'tie-against-pick' : 'leaves-way';
        const problem = found.get(kind) ?? { file, statement, kind, combinations: 0, example: { context, aim: aim ?? statement.way } };
        problem.combinations++;
        found.set(kind, problem);
      }
      problems.push(...found.values());
    }
  }
  return { statements: sets.reduce((n, [, s]) => n + s.statements.length, 0), combinations: combos.length, problems };
}
