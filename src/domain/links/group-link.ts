/*
 * Group links: a workshop's participants, each with their answers, optional name and token.
 * Version 2 fields:
 *   s<name>    optional: the session's name       f<name>   optional: the facilitator
 *   z<data>    the participants, one per line (named-results.ts), compressed with DEFLATE and
 *              written as base64url, so 200 people fit in a link a chat tool accepts
 * Inflating is capped, so a hostile link cannot make the page unpack more than a full group.
 */
import { deflateSync, inflateSync } from 'fflate';
import type { Content } from '../../content/schema.ts';
import {
  decodeFields,
  encodeFields,
  field,
  maxLength,
  nameFromLink,
  nameLinkLength,
  nameToLink,
  type Decoded,
  type KindSpec,
} from './codec.ts';
import { decodeItem, encodeItem, type NamedResult } from './named-results.ts';
import { MAX_RESULT_LINK } from './result-link.ts';
import { decodeNamedV1 } from './v1.ts';

type ResultContent = Pick<Content, 'goals' | 'outputs' | 'context' | 'ways'>;

export const MAX_PARTICIPANTS = 250;
/** The longest participant name, in UTF-16 units. */
export const MAX_PARTICIPANT_NAME = 40;
/** The longest session or facilitator name, in UTF-16 units. */
export const MAX_SESSION_NAME = 80;

const MAX_ITEM = nameLinkLength(MAX_PARTICIPANT_NAME) + MAX_RESULT_LINK;
/** The most the participant list can unpack to: every participant at the longest. */
const MAX_UNPACKED = MAX_PARTICIPANTS * (MAX_ITEM + 1);
/** DEFLATE never grows data by more than a few bytes per 16 KB block; base64url adds a third. */
const MAX_PACKED = Math.ceil(((MAX_UNPACKED * 1.01 + 64) * 4) / 3);

const GROUP: KindSpec = {
  kind: 'group',
  fields: [
    { tag: 's', pattern: /^[A-Za-z0-9_-]*$/, maxLength: nameLinkLength(MAX_SESSION_NAME) },
    { tag: 'f', pattern: /^[A-Za-z0-9_-]*$/, maxLength: nameLinkLength(MAX_SESSION_NAME) },
    { tag: 'z', pattern: /^[A-Za-z0-9_-]*$/, maxLength: MAX_PACKED },
  ],
};
/** The longest group link the tool can make. */
export const MAX_GROUP_LINK = maxLength(GROUP);

export type GroupLink = { session: string; facilitator: string; participants: NamedResult[] };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export function encodeGroup(content: ResultContent, group: GroupLink): string {
  const lines = group.participants.slice(0, MAX_PARTICIPANTS).map((p) => encodeItem(content, p, MAX_PARTICIPANT_NAME));
  const fields: [string, string][] = [['z', toBase64Url(deflateSync(new TextEncoder().encode(lines.join('\n')), { level: 9 }))]];
  if (group.session.trim() !== '') fields.push(['s', nameToLink(group.session.trim().slice(0, MAX_SESSION_NAME))]);
  if (group.facilitator.trim() !== '') fields.push(['f', nameToLink(group.facilitator.trim().slice(0, MAX_SESSION_NAME))]);
  return encodeFields(GROUP, fields);
}

/** Decodes a group link of any version. Never throws. */
export function decodeGroup(content: ResultContent, code: string): Decoded<GroupLink> {
  if (code.startsWith('1')) {
    const v1 = decodeNamedV1(content, code, { maxItems: 80, maxName: MAX_PARTICIPANT_NAME, maxLength: 8000 });
    return v1.ok
      ? { ok: true, value: { session: '', facilitator: '', participants: v1.value.map((p) => ({ name: p.name, result: p.result })) } }
      : v1;
  }
  const decoded = decodeFields(GROUP, code, MAX_GROUP_LINK);
  if (!decoded.ok) return decoded;
  const incomplete = { ok: false, problem: { kind: 'incomplete' } } as const;
  const packed = fromBase64Url(field(decoded.value, 'z') ?? '');
  if (packed === null) return incomplete;
  let text: string;
  try {
    // One byte more than the most a real group unpacks to: filling it means the link is not one of ours.
    const out = inflateSync(packed, { out: new Uint8Array(MAX_UNPACKED + 1) });
    if (out.length > MAX_UNPACKED) return { ok: false, problem: { kind: 'too-long' } };
    text = new TextDecoder('utf-8', { fatal: true }).decode(out);
  } catch {
    return incomplete;
  }
  const lines = text === '' ? [] : text.split('\n');
  if (lines.length > MAX_PARTICIPANTS) return { ok: false, problem: { kind: 'contradiction', detail: 'too-many' } };
  const participants: NamedResult[] = [];
  for (const line of lines) {
    const item = decodeItem(content, line, MAX_PARTICIPANT_NAME);
    if (!item.ok) return item;
    participants.push(item.value);
  }
  const name = (tag: string) => nameFromLink(field(decoded.value, tag) ?? '') ?? '';
  return { ok: true, value: { session: name('s'), facilitator: name('f'), participants } };
}
