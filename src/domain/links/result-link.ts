/*
 * Result links: the answers behind a recommendation, never the result itself, so a link is
 * recomputed with the content of the day. Answers are named by their stable keys in content/,
 * so a link made today still opens after statements, questions or options are added.
 *
 * Version 2 fields (codec.ts gives the frame and the checksum):
 *   g<keys> or o<keys>   the chosen goal statements, or outputs: 2-character keys, sorted
 *   c<pairs>             each answered situation question's key, then its option's key, sorted
 *   t<keys>              optional: the inputs ticked as already in place, by their 2-character keys
 *   p<token>             optional: 5 characters that tell two people with the same answers apart
 *   n<name>~<name>       optional: the two services, named by whoever made the link
 *   d<date>              optional: the day the link was made, YYYYMMDD as a base-36 number, so
 *                        everyone who opens it sees the same review date
 * Example: 2.gg5gbgf.ccdhykslsrlpo.tc1c3.pq7k2m.xxxxxx
 */
import type { Content } from '../../content/schema.ts';

type ResultContent = Pick<Content, 'goals' | 'outputs' | 'context' | 'ways'>;
import { JOURNEYS } from '../../content/journeys.ts';
import { statementSet } from '../../content/lookups.ts';
import { daysInMonth, type CalendarDate } from '../calendar.ts';
import type { Journey } from '../flow.ts';
import type { Answers } from '../recommend.ts';
import {
  chunks,
  decodeFields,
  encodeFields,
  field,
  maxLength,
  readFields,
  nameFromLink,
  nameLinkLength,
  nameToLink,
  TOKEN_PATTERN,
  type Decoded,
  type Fields,
  type KindSpec,
  type LinkProblem,
  clip,
  isVersion1,
} from './codec.ts';
import { decodeResultV1 } from './v1.ts';
import { MAX_PICKS, MAX_QUESTIONS, MAX_SERVICE_NAME } from './limits.ts';
export { MAX_PICKS, MAX_QUESTIONS, MAX_SERVICE_NAME };

const MAX_TICKS = 60;

const RESULT: KindSpec = {
  kind: 'result',
  fields: [
    { tag: 'g', pattern: /^(?:[a-z0-9]{2})*$/, maxLength: MAX_PICKS * 2 },
    { tag: 'o', pattern: /^(?:[a-z0-9]{2})*$/, maxLength: MAX_PICKS * 2 },
    { tag: 'c', pattern: /^(?:[a-z0-9]{2})*$/, maxLength: MAX_QUESTIONS * 2 },
    { tag: 't', pattern: /^(?:[a-z][0-9])*$/, maxLength: MAX_TICKS * 2 },
    { tag: 'p', pattern: TOKEN_PATTERN, maxLength: 5 },
    { tag: 'n', pattern: /^[A-Za-z0-9_-]*~[A-Za-z0-9_-]*$/, maxLength: nameLinkLength(MAX_SERVICE_NAME) * 2 + 1 },
    { tag: 'd', pattern: /^[0-9a-z]{5,6}$/, maxLength: 6 },
  ],
};
/** The longest result link the tool can make; anything longer is refused unread. */
export const MAX_RESULT_LINK = maxLength(RESULT);

const JOURNEY_TAG: Record<Journey, string> = { goal: 'g', outputs: 'o' };

/** What a result link holds. */
export type SharedResult = {
  journey: Journey;
  answers: Answers;
  /** Input ids ticked as already in place. */
  ticks: string[];
  /** Ticks in the link that name inputs this version does not have (left out). */
  droppedTicks: number;
  token: string | null;
  /** The two services, as named by whoever made the link, or null. */
  services: { from: string; with: string } | null;
  /** The day the link was made; absent from links made before links carried it. */
  madeOn?: CalendarDate;
  /** The link's format version: 1 for links made before the checksum. */
  version: 1 | 2;
};

export type ResultToEncode = {
  journey: Journey;
  answers: Answers;
  ticks?: readonly string[];
  token?: string | null;
  services?: { from: string; with: string } | null;
  /** The day the link is made (today, for the caller; the domain reads no clock). */
  madeOn?: CalendarDate | null;
};

/**
 * Encodes a result's answers as the code of a share link. Ids not in the content are left out.
 * The same answers, ticks, token and names always give the same code.
 */
export function encodeResult(content: ResultContent, result: ResultToEncode): string {
  return encodeFields(RESULT, resultFields(content, result));
}

/** A result's fields, in the kind's order: also the parts of an item in a plan or group link. */
export function resultFields(content: ResultContent, result: ResultToEncode): [string, string][] {
  const byId = new Map(statementSet(content, result.journey).statements.map((s) => [s.id, s.key]));
  const keys = [...new Set(result.answers.picks)].flatMap((id) => byId.get(id) ?? []).sort();
  const pairs: string[] = [];
  for (const q of content.context.questions) {
    const option = q.options.find((o) => o.id === result.answers.context[q.id]);
    if (option !== undefined) pairs.push(q.key + option.key);
  }
  const inputKeys = new Map(content.ways.flatMap((w) => w.inputs.map((i) => [i.id, i.key] as const)));
  const ticks = [...new Set(result.ticks ?? [])].flatMap((id) => inputKeys.get(id) ?? []).sort();
  const fields: [string, string][] = [
    [JOURNEY_TAG[result.journey], keys.join('')],
    ['c', pairs.sort().join('')],
  ];
  if (ticks.length > 0) fields.push(['t', ticks.join('')]);
  if (result.token != null && TOKEN_PATTERN.test(result.token)) fields.push(['p', result.token]);
  const services = result.services;
  if (services != null && (services.from.trim() !== '' || services.with.trim() !== '')) {
    const name = (s: string) => nameToLink(clip(s.trim(), MAX_SERVICE_NAME));
    fields.push(['n', `${name(services.from)}~${name(services.with)}`]);
  }
  const date = result.madeOn == null ? null : dateToLink(result.madeOn);
  if (date !== null) fields.push(['d', date]);
  return fields;
}

/**
 * Decodes a result link's code, of any version, against the content. Never throws, whatever
 * the input: anything that is not a whole, unchanged link naming real answers is a problem.
 */
export function decodeResult(content: ResultContent, code: string): Decoded<SharedResult> {
  if (isVersion1(code)) return decodeResultV1(content, code);
  const decoded = decodeFields(RESULT, code, MAX_RESULT_LINK);
  return decoded.ok ? resultFromFields(content, decoded.value) : decoded;
}

/** Reads the fields of a result (from a whole link, or an item in a plan or group) against the content. */
export function readResultParts(content: ResultContent, parts: readonly string[]): Decoded<SharedResult> {
  const decoded = readFields(RESULT, parts);
  return decoded.ok ? resultFromFields(content, decoded.value) : decoded;
}

function resultFromFields(content: ResultContent, fields: Fields): Decoded<SharedResult> {
  const fail = (problem: LinkProblem): Decoded<SharedResult> => ({ ok: false, problem });

  const journeys = JOURNEYS.filter((j) => fields.has(JOURNEY_TAG[j]));
  const journey = journeys[0];
  if (journey === undefined || journeys.length > 1) return fail({ kind: 'incomplete' });
  const own = new Map(statementSet(content, journey).statements.map((s) => [s.key, s.id]));
  const picks: string[] = [];
  for (const key of chunks(field(fields, JOURNEY_TAG[journey]) ?? '', 2)) {
    const id = own.get(key);
    if (id === undefined) return fail({ kind: 'unknown-answer' });
    if (picks.includes(id)) return fail({ kind: 'contradiction', detail: 'repeated' });
    picks.push(id);
  }

  const context: Record<string, string> = {};
  for (const pair of chunks(field(fields, 'c') ?? '', 2)) {
    const question = content.context.questions.find((q) => q.key === pair[0]);
    const option = question?.options.find((o) => o.key === pair[1]);
    if (question === undefined || option === undefined) return fail({ kind: 'unknown-answer' });
    if (question.id in context) return fail({ kind: 'contradiction', detail: 'two-answers' });
    context[question.id] = option.id;
  }

  const inputs = new Map(content.ways.flatMap((w) => w.inputs.map((i) => [i.key, i.id] as const)));
  const tickKeys = chunks(field(fields, 't') ?? '', 2);
  const ticks = [...new Set(tickKeys.flatMap((k) => inputs.get(k) ?? []))];

  let services: SharedResult['services'] = null;
  const names = field(fields, 'n');
  if (names !== undefined) {
    const [a = '', b = ''] = names.split('~');
    const from = nameFromLink(a);
    const to = nameFromLink(b);
    if (from === null || to === null || from.length > MAX_SERVICE_NAME || to.length > MAX_SERVICE_NAME) return fail({ kind: 'incomplete' });
    services = { from, with: to };
  }

  const date = field(fields, 'd');
  const madeOn = date === undefined ? null : dateFromLink(date);
  if (date !== undefined && madeOn === null) return fail({ kind: 'incomplete' });

  return {
    ok: true,
    value: {
      journey,
      answers: { picks, context },
      ticks,
      droppedTicks: tickKeys.length - ticks.length,
      token: field(fields, 'p') ?? null,
      services,
      ...(madeOn === null ? {} : { madeOn }),
      version: 2,
    },
  };
}

/** A date as a link field: its YYYYMMDD digits as a base-36 number ("c2b2a"), or null for a date out of range. */
export function dateToLink(d: CalendarDate): string | null {
  const valid =
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.year >= 2000 &&
    d.year <= 9999 &&
    d.month >= 1 &&
    d.month <= 12;
  if (!valid || d.day < 1 || d.day > daysInMonth(d.year, d.month)) return null;
  return (d.year * 10000 + d.month * 100 + d.day).toString(36);
}

/** The date in a link field, or null when it is not a real day. */
export function dateFromLink(text: string): CalendarDate | null {
  if (!/^[0-9a-z]{5,6}$/.test(text)) return null;
  const n = parseInt(text, 36);
  const d = { year: Math.floor(n / 10000), month: Math.floor(n / 100) % 100, day: n % 100 };
  return dateToLink(d) === text ? d : null;
}
