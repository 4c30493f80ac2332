/*
 * Show-of-hands links: how many people are in the room, and how many raised a hand for each
 * statement and each answer to a situation question. Version 2 fields:
 *   n<people>                         the room's size (required)
 *   s<key>-<count>_<key>-<count>…     hands per goal statement, by statement key
 *   c<pair>-<count>_…                 hands per situation answer, by question and option key
 * Counts can never exceed the room, and a question's answers can never add up to more than it.
 */
import type { Content } from '../../content/schema.ts';
import { decodeFields, encodeFields, field, maxLength, type Decoded, type KindSpec, type LinkProblem, isVersion1 } from './codec.ts';
import { decodeHandsV1, type HandsCounts } from './v1.ts';
import { MAX_ROOM } from './limits.ts';
export { MAX_ROOM };

export type { HandsCounts };
type ResultContent = Pick<Content, 'goals' | 'outputs' | 'context'>;

const MAX_ITEMS = 80;

const HANDS: KindSpec = {
  kind: 'hands',
  fields: [
    { tag: 'n', pattern: /^[1-9]\d{0,2}$/, maxLength: 3 },
    { tag: 's', pattern: /^(?:[a-z0-9]{2}-\d{1,3}(?:_|$))*$/, maxLength: MAX_ITEMS * 7 },
    { tag: 'c', pattern: /^(?:[a-z0-9]{2}-\d{1,3}(?:_|$))*$/, maxLength: MAX_ITEMS * 7 },
  ],
};
export const MAX_HANDS_LINK = maxLength(HANDS);

export type Hands = { hands: HandsCounts; people: number };

export function encodeHands(content: ResultContent, { hands, people }: Hands): string {
  const count = (n: number | undefined) => (n !== undefined && Number.isInteger(n) && n > 0 ? Math.min(n, MAX_ROOM) : 0);
  const statements = content.goals.statements.flatMap((s) =>
    count(hands.picks[s.id]) > 0 ? [`${s.key}-${count(hands.picks[s.id])}`] : [],
  );
  const answers = content.context.questions.flatMap((q) =>
    q.options.flatMap((o) => (count(hands.context[q.id]?.[o.id]) > 0 ? [`${q.key}${o.key}-${count(hands.context[q.id]?.[o.id])}`] : [])),
  );
  return encodeFields(HANDS, [
    ['n', String(Math.max(1, count(people)))],
    ['s', statements.join('_')],
    ['c', answers.join('_')],
  ]);
}

/** Problems with counts that would be refused if typed in, as they are in a link. */
export function handsProblem(content: ResultContent, { hands, people }: Hands): LinkProblem | null {
  if (Object.values(hands.picks).some((n) => n > people)) return { kind: 'contradiction', detail: 'over-room' };
  for (const q of content.context.questions) {
    const total = Object.values(hands.context[q.id] ?? {}).reduce((a, b) => a + b, 0);
    if (total > people) return { kind: 'contradiction', detail: 'over-room' };
  }
  return null;
}

/** Decodes a show-of-hands link of any version. Never throws. */
export function decodeHands(content: ResultContent, code: string): Decoded<Hands> {
  if (isVersion1(code)) return decodeHandsV1(content, code);
  const decoded = decodeFields(HANDS, code, MAX_HANDS_LINK);
  if (!decoded.ok) return decoded;
  const fail = (problem: LinkProblem): Decoded<Hands> => ({ ok: false, problem });
  const people = Number(field(decoded.value, 'n') ?? '0');
  if (!(people > 0)) return fail({ kind: 'incomplete' });
  const items = (tag: string) => (field(decoded.value, tag) ?? '').split('_').filter((x) => x !== '');

  const picks: Record<string, number> = {};
  const byKey = new Map(content.goals.statements.map((s) => [s.key, s.id]));
  for (const item of items('s')) {
    const [key = '', n = ''] = item.split('-');
    const id = byKey.get(key);
    if (id === undefined) return fail({ kind: 'unknown-answer' });
    if (id in picks) return fail({ kind: 'contradiction', detail: 'repeated' });
    picks[id] = Number(n);
  }
  const context: Record<string, Record<string, number>> = {};
  for (const item of items('c')) {
    const [pair = '', n = ''] = item.split('-');
    const q = content.context.questions.find((x) => x.key === pair[0]);
    const o = q?.options.find((x) => x.key === pair[1]);
    if (q === undefined || o === undefined) return fail({ kind: 'unknown-answer' });
    const counts = (context[q.id] ??= {});
    if (o.id in counts) return fail({ kind: 'contradiction', detail: 'repeated' });
    counts[o.id] = Number(n);
  }
  const value = { hands: { picks, context }, people };
  const problem = handsProblem(content, value);
  return problem === null ? { ok: true, value } : fail(problem);
}
