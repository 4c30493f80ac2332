import type { Content, Statement, WayId } from '../content/schema.ts';
import { recommend } from './recommend.ts';

/** How one statement behaves when chosen on its own, with no context answers. */
export type Calibration = {
  file: 'goals.json' | 'outputs.json';
  statement: Statement;
  /** The way it recommends on its own. */
  recommends: WayId;
  /** The share of its own points that go to the way it recommends (1 when it names one way only). */
  share: number;
  /** Why an editor should look at it, or null when it lands where it is meant to. */
  flag: string | null;
};

/**
 * Runs every goal statement and output through the scoring alone, so an editor can see the
 * effect of a weight change before users do. Flags statements that land on a different way
 * than their `way`, or that tie or nearly tie with another way on their own.
 */
export function calibrate(content: Content): Calibration[] {
  const rows: Calibration[] = [];
  for (const [file, set] of [
    ['goals.json', content.goals],
    ['outputs.json', content.outputs],
  ] as const) {
    for (const statement of set.statements) {
      const r = recommend(content, { picks: [statement.id], context: {} });
      const total = Object.values(statement.weights).reduce<number>((a, b) => a + (b ?? 0), 0);
      const recommends = r?.aim ?? statement.way;
      const share = total > 0 ? (statement.weights[recommends] ?? 0) / total : 0;
      let flag: string | null = null;
      if (r === null) flag = 'gives no points to any way';
      else if (r.aim !== statement.way) flag = `meant for ${statement.way}, but on its own it recommends ${r.aim}`;
      else if (r.closeTo !== null) flag = `on its own it is a close call between ${r.aim} and ${r.closeTo}`;
      rows.push({ file, statement, recommends, share, flag });
    }
  }
  return rows;
}
