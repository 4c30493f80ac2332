/*
 * The share-link codec. A link carries the *answers*, never the result, so it is recomputed
 * with the content of the day; and it names answers by their stable keys (content/*.json), so
 * a link made today still opens after the content gains statements, questions or options.
 *
 * Format, version 1:   1<journey>.<statement keys>.<context pairs>
 *   journey         g (start from your goal) or o (start from the results you want)
 *   statement keys  the 2-character key of each chosen statement, sorted, run together
 *   context pairs   for each answered context question, its key then its option's key, sorted
 * Example: 1g.g2gb.cdkslsrl  (two goal statements; four context answers)
 * Everything is lower-case letters, digits and dots, so it survives chat tools, e-mail and QR
 * codes without escaping. A future format starts with another version number; the decoder
 * then either migrates it or says plainly that the link is from another version.
 */
import type { Content } from '../content/schema.ts';
import type { Answers } from './recommend.ts';
import type { Journey } from './flow.ts';

export const LINK_VERSION = 1;
/** Far above any real link (the longest possible today is under 120 characters); longer input is refused unread. */
export const MAX_LINK_LENGTH = 400;

export type SharedAnswers = { journey: Journey; answers: Answers };

/** Why a link could not be opened. Each has its own plain message in the UI. */
export type LinkProblem =
  | { kind: 'too-long' }
  | { kind: 'malformed' }
  | { kind: 'other-version'; version: number }
  | { kind: 'unknown-statement'; key: string }
  | { kind: 'wrong-list'; key: string }
  | { kind: 'unknown-question'; key: string }
  | { kind: 'unknown-answer'; questionKey: string; key: string }
  | { kind: 'repeated-question'; key: string }
  | { kind: 'empty' };

export type DecodedLink = { ok: true; shared: SharedAnswers } | { ok: false; problem: LinkProblem };

const LIST: Record<Journey, 'goals' | 'outputs'> = { goal: 'goals', outputs: 'outputs' };
const JOURNEY_CODE: Record<Journey, string> = { goal: 'g', outputs: 'o' };

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/**
 * Encodes a journey's answers as the code that follows `#/r/` in a share link.
 * Ids not in the content are left out. The same answers always give the same code.
 */
export function encodeAnswers(content: Content, journey: Journey, answers: Answers): string {
  const byId = new Map(content[LIST[journey]].statements.map((s) => [s.id, s.key]));
  const statementKeys = [...new Set(answers.picks)]
    .map((id) => byId.get(id))
    .filter((k): k is string => k !== undefined)
    .sort();
  const pairs: string[] = [];
  for (const q of content.context.questions) {
    const option = q.options.find((o) => o.id === answers.context[q.id]);
    if (option !== undefined) pairs.push(q.key + option.key);
  }
  pairs.sort();
  return `${LINK_VERSION}${JOURNEY_CODE[journey]}.${statementKeys.join('')}.${pairs.join('')}`;
}

/**
 * Decodes a share-link code against the content. Never throws, whatever the input: anything
 * that is not a well-formed link naming real answers comes back as a problem to explain.
 */
export function decodeLink(content: Content, code: string): DecodedLink {
  const fail = (problem: LinkProblem): DecodedLink => ({ ok: false, problem });
  if (code.length > MAX_LINK_LENGTH) return fail({ kind: 'too-long' });
  const versionMatch = /^(\d{1,4})/.exec(code);
  if (versionMatch === null) return fail({ kind: 'malformed' });
  const version = Number(versionMatch[1]);
  if (version !== LINK_VERSION) return fail({ kind: 'other-version', version });

  const match = /^\d{1,4}([go])\.((?:[a-z0-9]{2})*)\.((?:[a-z0-9]{2})*)$/.exec(code);
  if (match === null) return fail({ kind: 'malformed' });
  const [, journeyCode = '', statementPart = '', contextPart = ''] = match;
  const journey: Journey = journeyCode === 'g' ? 'goal' : 'outputs';

  const own = new Map(content[LIST[journey]].statements.map((s) => [s.key, s.id]));
  const other = new Set(content[LIST[journey === 'goal' ? 'outputs' : 'goal']].statements.map((s) => s.key));
  const picks: string[] = [];
  for (const key of chunks(statementPart, 2)) {
    const id = own.get(key);
    if (id === undefined) return fail(other.has(key) ? { kind: 'wrong-list', key } : { kind: 'unknown-statement', key });
    if (!picks.includes(id)) picks.push(id);
  }
  if (picks.length === 0) return fail({ kind: 'empty' });

  const context: Record<string, string> = {};
  for (const pair of chunks(contextPart, 2)) {
    const [questionKey = '', optionKey = ''] = pair;
    const question = content.context.questions.find((q) => q.key === questionKey);
    if (question === undefined) return fail({ kind: 'unknown-question', key: questionKey });
    if (question.id in context) return fail({ kind: 'repeated-question', key: questionKey });
    const option = question.options.find((o) => o.key === optionKey);
    if (option === undefined) return fail({ kind: 'unknown-answer', questionKey, key: optionKey });
    context[question.id] = option.id;
  }
  return { ok: true, shared: { journey, answers: { picks, context } } };
}
