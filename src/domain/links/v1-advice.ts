/*
 * What a version-1 result link showed when it was made. The rules and weights changed in
 * version 2 (the aim now stays within what was picked, and fewer answers hold the start back),
 * so a link made before may now give different advice. To say so honestly, this keeps the
 * version-1 rules and a snapshot of the weights they used (v1-rules.json, frozen: never edit).
 * Loaded only when a version-1 link is opened. Pure.
 */
import rules from './v1-rules.json';
import type { WayId } from '../../content/schema.ts';
import { WAY_IDS } from '../../content/way-ids.ts';
import type { Answers } from '../recommend.ts';

type Weights = Partial<Record<WayId, number>>;
type RuleSet = {
  statements: Record<string, Weights | undefined>;
  context: Record<string, Record<string, { weights?: Weights; readyFor?: string } | undefined> | undefined>;
};
const v1: RuleSet = rules;

const isWay = (s: string | undefined): s is WayId => (WAY_IDS as readonly string[]).includes(s ?? '');

/**
 * The start and aim a version-1 link showed: every statement's and situation answer's points
 * added up, the most points aimed for (the lighter way on a tie), the start held back to the
 * lightest `readyFor` among the answers. Null when the answers gave no points.
 */
export function v1Advice(answers: Answers): { start: WayId; aim: WayId } | null {
  const points = new Map<WayId, number>(WAY_IDS.map((w) => [w, 0]));
  const add = (weights: Weights | undefined) => {
    for (const way of WAY_IDS) points.set(way, (points.get(way) ?? 0) + (weights?.[way] ?? 0));
  };
  for (const id of new Set(answers.picks)) add(v1.statements[id]);
  const caps: WayId[] = [];
  for (const [q, o] of Object.entries(answers.context)) {
    const option = v1.context[q]?.[o];
    add(option?.weights);
    if (isWay(option?.readyFor)) caps.push(option.readyFor);
  }
  const most = Math.max(...points.values());
  if (!(most > 0)) return null;
  const aim = WAY_IDS.find((w) => points.get(w) === most) ?? 'networking';
  const index = (w: WayId) => WAY_IDS.indexOf(w);
  const start = caps.filter((c) => index(c) < index(aim)).reduce<WayId>((s, c) => (index(c) < index(s) ? c : s), aim);
  return { start, aim };
}
