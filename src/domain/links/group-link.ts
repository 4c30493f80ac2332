/*
 * Group links: a workshop's participants, each with their answers, optional name and token.
 * Version 2 fields:
 *   s<name>    optional: the session's name       f<name>   optional: the facilitator
 *   z<data>    the participants, one per line (named-results.ts), compressed with DEFLATE and
 *              written as base64url, so 200 people fit in a link a chat tool accepts
 * Inflating is capped, so a hostile link cannot make the page unpack more than a full group.
 */
import { deflateSync, Inflate } from 'fflate';
import type { Content } from '../../content/schema.ts';
import {
  clip,
  decodeFields,
  encodeFields,
  field,
  isVersion1,
  maxLength,
  nameField,
  nameLinkLength,
  nameToLink,
  readName,
  type Decoded,
  type KindSpec,
} from './codec.ts';
import { decodeItem, encodeItem, type NamedResult } from './named-results.ts';
import { decodeNamedV1 } from './v1.ts';
import { MAX_PARTICIPANTS, MAX_PARTICIPANT_NAME, MAX_PICKS, MAX_QUESTIONS, MAX_SESSION_NAME } from './limits.ts';
export { MAX_PARTICIPANTS, MAX_PARTICIPANT_NAME, MAX_SESSION_NAME };

type ResultContent = Pick<Content, 'goals' | 'outputs' | 'context' | 'ways'>;

/** The longest line for one person: a name, then the picks, situation answers and token fields. */
const MAX_ITEM = nameLinkLength(MAX_PARTICIPANT_NAME) + (2 + MAX_PICKS * 2) + (2 + MAX_QUESTIONS * 2) + (2 + 5);
/** The most the participant list can unpack to: every participant at the longest. */
const MAX_UNPACKED = MAX_PARTICIPANTS * (MAX_ITEM + 1);
/** DEFLATE never grows data by more than a few bytes per 16 KB block; base64url adds a third. */
const MAX_PACKED = Math.ceil(((MAX_UNPACKED * 1.01 + 64) * 4) / 3);

const GROUP: KindSpec = {
  kind: 'group',
  fields: [
    nameField('s', MAX_SESSION_NAME),
    nameField('f', MAX_SESSION_NAME),
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

/**
 * Unpacks at most `cap` bytes, feeding the data in small pieces so a hostile link (a small code
 * that unpacks to gigabytes) is stopped as soon as it passes the cap, before it costs real work.
 */
function inflateCapped(packed: Uint8Array, cap: number): { text: string } | 'too-long' | null {
  const parts: Uint8Array[] = [];
  let size = 0;
  let over = false;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > cap) over = true;
    else parts.push(chunk);
    if (final) done = true;
  });
  try {
    for (let i = 0; i < packed.length && !over; i += 1024) inflate.push(packed.subarray(i, i + 1024), i + 1024 >= packed.length);
  } catch {
    return null;
  }
  if (over) return 'too-long';
  if (!done) return null;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(out) };
  } catch {
    return null;
  }
}

export function encodeGroup(content: ResultContent, group: GroupLink): string {
  const lines = group.participants.slice(0, MAX_PARTICIPANTS).map((p) => encodeItem(content, p, MAX_PARTICIPANT_NAME));
  const fields: [string, string][] = [['z', toBase64Url(deflateSync(new TextEncoder().encode(lines.join('\n')), { level: 9 }))]];
  if (group.session.trim() !== '') fields.push(['s', nameToLink(clip(group.session.trim(), MAX_SESSION_NAME))]);
  if (group.facilitator.trim() !== '') fields.push(['f', nameToLink(clip(group.facilitator.trim(), MAX_SESSION_NAME))]);
  return encodeFields(GROUP, fields);
}

/** Decodes a group link of any version. Never throws. */
export function decodeGroup(content: ResultContent, code: string): Decoded<GroupLink> {
  if (isVersion1(code)) {
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
  const unpacked = inflateCapped(packed, MAX_UNPACKED);
  if (unpacked === 'too-long') return { ok: false, problem: { kind: 'too-long' } };
  if (unpacked === null) return incomplete;
  const text = unpacked.text;
  const lines = text === '' ? [] : text.split('\n');
  if (lines.length === 0) return { ok: false, problem: { kind: 'empty' } };
  if (lines.length > MAX_PARTICIPANTS) return { ok: false, problem: { kind: 'contradiction', detail: 'too-many' } };
  const participants: NamedResult[] = [];
  for (const line of lines) {
    const item = decodeItem(content, line, MAX_PARTICIPANT_NAME);
    if (!item.ok) return item;
    participants.push(item.value);
  }
  const name = (tag: string) => readName(decoded.value, tag, MAX_SESSION_NAME) ?? '';
  return { ok: true, value: { session: name('s'), facilitator: name('f'), participants } };
}
