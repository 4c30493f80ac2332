/*
 * Links of format version 1, as published before the checksum (November 2026). Every one still
 * opens: these decoders read them exactly as before, and the tests pin a link of each kind.
 * They add two checks that cannot change a link that was whole: a result link must answer the
 * five situation questions that existed then (a shorter one was cut off), and counts and answers
 * must not contradict each other.
 *
 *   result   1<g|o>.<statement keys>.<context pairs>                 1g.g5gbgf.cdhykslsrl
 *   plan     1~<base64url name>~<result code>~…                      1~U3RhbGw~1g.g6.cckslsrlho
 *   group    the same as a plan, with participants' names
 *   hands    1.<key>-<count>.….n-<people>                              1.g1-5.cd-3.n-12
 *   review   1.<question key><option key>…                             1.wdxtrssepw
 */
import type { Content, Review } from '../../content/schema.ts';
import { statementSet } from '../../content/lookups.ts';
import type { Journey } from '../flow.ts';
import { chunks, nameFromLink, type Decoded, type LinkProblem } from './codec.ts';
import type { SharedResult } from './result-link.ts';

type ResultContent = Pick<Content, 'goals' | 'outputs' | 'context'>;

/** The situation questions of version 1, by key: every version-1 result link answered all five. */
const V1_QUESTION_KEYS = ['c', 'r', 'k', 'h', 'l'];
const MAX_V1_RESULT = 400;

/** Reads a version-1 result code. */
export function decodeResultV1(content: ResultContent, code: string): Decoded<SharedResult> {
  const fail = (problem: LinkProblem): Decoded<SharedResult> => ({ ok: false, problem });
  if (code.length > MAX_V1_RESULT) return fail({ kind: 'too-long' });
  const match = /^1([go])\.((?:[a-z0-9]{2})*)\.((?:[a-z0-9]{2})*)$/.exec(code);
  if (match === null) return fail({ kind: 'incomplete' });
  const [, journeyCode = '', statementPart = '', contextPart = ''] = match;
  const journey: Journey = journeyCode === 'g' ? 'goal' : 'outputs';

  const own = new Map(statementSet(content, journey).statements.map((s) => [s.key, s.id]));
  const other = new Set(statementSet(content, journey === 'goal' ? 'outputs' : 'goal').statements.map((s) => s.key));
  const picks: string[] = [];
  for (const key of chunks(statementPart, 2)) {
    const id = own.get(key);
    if (id === undefined) return fail(other.has(key) ? { kind: 'incomplete' } : { kind: 'unknown-answer' });
    if (!picks.includes(id)) picks.push(id);
  }
  if (picks.length === 0) return fail({ kind: 'empty' });

  const context: Record<string, string> = {};
  const keys = new Set<string>();
  for (const [questionKey = '', optionKey = ''] of chunks(contextPart, 2)) {
    const question = content.context.questions.find((q) => q.key === questionKey);
    if (question === undefined) return fail({ kind: 'unknown-answer' });
    if (question.id in context) return fail({ kind: 'contradiction', detail: 'two-answers' });
    const option = question.options.find((o) => o.key === optionKey);
    if (option === undefined) return fail({ kind: 'unknown-answer' });
    context[question.id] = option.id;
    keys.add(questionKey);
  }
  // A result needed all five answers, so a link with fewer was cut off on its way here.
  if (!V1_QUESTION_KEYS.every((k) => keys.has(k))) return fail({ kind: 'incomplete' });
  return { ok: true, value: { journey, answers: { picks, context }, ticks: [], droppedTicks: 0, token: null, services: null, version: 1 } };
}

/** A named result in a version-1 plan or group link. */
export type NamedV1 = { name: string; code: string; result: SharedResult };

/** Reads a version-1 plan or group code: names and result codes, alternating after "1~". */
export function decodeNamedV1(
  content: ResultContent,
  code: string,
  limits: { maxItems: number; maxName: number; maxLength: number },
): Decoded<NamedV1[]> {
  const fail = (problem: LinkProblem): Decoded<NamedV1[]> => ({ ok: false, problem });
  if (code.length > limits.maxLength) return fail({ kind: 'too-long' });
  const [version, ...parts] = code.split('~');
  if (version !== '1' || parts.length === 0 || parts.length % 2 !== 0) return fail({ kind: 'incomplete' });
  if (parts.length / 2 > limits.maxItems) return fail({ kind: 'contradiction', detail: 'too-many' });
  const items: NamedV1[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const name = nameFromLink(parts[i] ?? '');
    if (name === null || name.length > limits.maxName) return fail({ kind: 'incomplete' });
    const itemCode = parts[i + 1] ?? '';
    const decoded = decodeResultV1(content, itemCode);
    if (!decoded.ok) return decoded;
    items.push({ name, code: itemCode, result: decoded.value });
  }
  return { ok: true, value: items };
}

/** Show-of-hands counts: hands per statement, and per option of each situation question. */
export type HandsCounts = {
  picks: Readonly<Record<string, number>>;
  context: Readonly<Record<string, Readonly<Record<string, number>>>>;
};

/** Reads a version-1 show-of-hands code. */
export function decodeHandsV1(content: ResultContent, code: string): Decoded<{ hands: HandsCounts; people: number }> {
  const fail = (problem: LinkProblem): Decoded<{ hands: HandsCounts; people: number }> => ({ ok: false, problem });
  if (code.length > 2000) return fail({ kind: 'too-long' });
  const [version, ...items] = code.split('.');
  if (version !== '1') return fail({ kind: 'incomplete' });
  const picks: Record<string, number> = {};
  const context: Record<string, Record<string, number>> = {};
  let people: number | null = null;
  const byKey = new Map([...content.goals.statements, ...content.outputs.statements].map((s) => [s.key, s.id]));
  for (const item of items) {
    const m = /^([a-z0-9]{1,2})-(\d{1,4})$/.exec(item);
    if (m === null) return fail({ kind: 'incomplete' });
    const [, key = '', countText = ''] = m;
    const count = Number(countText);
    if (key === 'n') {
      if (people !== null) return fail({ kind: 'contradiction', detail: 'repeated' });
      people = count;
      continue;
    }
    const statement = byKey.get(key);
    if (statement !== undefined) {
      if (statement in picks) return fail({ kind: 'contradiction', detail: 'repeated' });
      picks[statement] = count;
      continue;
    }
    const q = content.context.questions.find((x) => x.key === key[0]);
    const o = q?.options.find((x) => x.key === key[1]);
    if (q === undefined || o === undefined) return fail({ kind: 'unknown-answer' });
    const counts = (context[q.id] ??= {});
    if (o.id in counts) return fail({ kind: 'contradiction', detail: 'repeated' });
    counts[o.id] = count;
  }
  // A version-1 link always ended with the room's size, so without it the link was cut off.
  if (people === null) return fail({ kind: 'incomplete' });
  const overRoom =
    Object.values(picks).some((n) => n > (people ?? 0)) ||
    Object.values(context).some((counts) => Object.values(counts).reduce((a, b) => a + b, 0) > (people ?? 0));
  if (overRoom) return fail({ kind: 'contradiction', detail: 'over-room' });
  return { ok: true, value: { hands: { picks, context }, people } };
}

/** Reads a version-1 change-strategy code: a pair for every chosen option. */
export function decodeReviewPairs(review: Review, pairs: string): Decoded<Record<string, string[]>> {
  const fail = (problem: LinkProblem): Decoded<Record<string, string[]>> => ({ ok: false, problem });
  const answers: Record<string, string[]> = {};
  for (const [qk = '', ok = ''] of chunks(pairs, 2)) {
    const q = review.questions.find((x) => x.key === qk);
    const o = q?.options.find((x) => x.key === ok);
    if (q === undefined || o === undefined) return fail({ kind: 'unknown-answer' });
    const list = (answers[q.id] ??= []);
    if (list.includes(o.id)) return fail({ kind: 'contradiction', detail: 'repeated' });
    if (!q.multiple && list.length > 0) return fail({ kind: 'contradiction', detail: 'two-answers' });
    list.push(o.id);
  }
  // An option marked as excluding the others ("nothing much has changed") cannot sit beside them.
  for (const q of review.questions) {
    const list = answers[q.id] ?? [];
    if (list.length > 1 && q.options.some((o) => o.exclusive === true && list.includes(o.id))) {
      return fail({ kind: 'contradiction', detail: 'nothing-and-changes' });
    }
  }
  return { ok: true, value: answers };
}

/** Reads a version-1 change-strategy code. */
export function decodeReviewV1(review: Review, code: string): Decoded<Record<string, string[]>> {
  if (code.length > 200) return { ok: false, problem: { kind: 'too-long' } };
  const match = /^1\.((?:[a-z0-9]{2})*)$/.exec(code);
  if (match === null) return { ok: false, problem: { kind: 'incomplete' } };
  return decodeReviewPairs(review, match[1] ?? '');
}
