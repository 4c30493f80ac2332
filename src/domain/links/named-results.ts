/*
 * Lists of named results, shared by plan links (activities) and group links (participants).
 * One item is its name (base64url of UTF-8, codec.ts) and its result's fields, joined by "~":
 *   <name>~g<statement keys>~c<context pairs>~p<token>
 * Only answers and the token travel in a list: ticks and service names stay in each result link.
 */
import type { Content } from '../../content/schema.ts';
import { nameFromLink, nameToLink, type Decoded, clip } from './codec.ts';
import { readResultParts, resultFields, type SharedResult } from './result-link.ts';

type ResultContent = Pick<Content, 'goals' | 'outputs' | 'context' | 'ways'>;

/** A result under a name: an activity of a plan, or a participant of a group. */
export type NamedResult = { name: string; result: SharedResult };

/** One item's text. */
export function encodeItem(content: ResultContent, item: NamedResult, maxName: number): string {
  const fields = resultFields(content, { journey: item.result.journey, answers: item.result.answers, token: item.result.token });
  return [nameToLink(clip(item.name, maxName)), ...fields.map(([tag, value]) => tag + value)].join('~');
}

/** Reads one item back, checking its answers against the content. */
export function decodeItem(content: ResultContent, text: string, maxName: number): Decoded<NamedResult> {
  const [nameText = '', ...parts] = text.split('~');
  const name = nameFromLink(nameText);
  if (name === null || name.length > maxName) return { ok: false, problem: { kind: 'incomplete' } };
  const decoded = readResultParts(content, parts);
  if (!decoded.ok) return decoded;
  return { ok: true, value: { name, result: decoded.value } };
}
