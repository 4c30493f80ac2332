/*
 * The one codec behind every link the tool makes: results, plans, groups, shows of hands,
 * change strategies and workshop sessions. Pure.
 *
 * Format, version 2:   2.<field>.<field>…<checksum>
 *   2         the format version, shared by every kind of link
 *   field     a one-letter tag, then its value (letters, digits, "-", "_" and "~"; never ".")
 *   checksum  6 characters: a CRC-32 of the kind and everything before it, in base 32
 * Example (a result): 2.gg5gbgf.ccdhykslsrl.pq7k2m.3fk9w1
 *
 * Each kind declares its fields and the longest value each can hold, so the longest link the
 * tool can make is known, and anything longer is refused unread. The checksum means a link that
 * was cut off or edited says so, instead of opening as something else: a cut or a changed
 * character passes it by chance about once in a billion. Links of version 1 (no checksum) are
 * read by v1.ts; a version this code does not know is reported as made by a newer version.
 */

/** The kinds of link, each with its own address in the app. */
export type LinkKind = 'result' | 'plan' | 'group' | 'hands' | 'review' | 'session';

/** Why a link could not be opened. The words for each are in content (wording.json, "links"). */
export type LinkProblem =
  /** Longer than any link of its kind the tool can make. */
  | { kind: 'too-long' }
  /** Cut off or changed: the checksum does not match, or the shape is broken. */
  | { kind: 'incomplete' }
  /** Made by a newer version of the tool, which this one cannot read. */
  | { kind: 'newer-version'; version: number }
  /** Names an answer, statement or question this version of the tool does not have. */
  | { kind: 'unknown-answer' }
  /** Says two things that cannot both be true, such as the same answer twice. */
  | { kind: 'contradiction'; detail: ContradictionDetail }
  /** Holds nothing to show. */
  | { kind: 'empty' };

export type ContradictionDetail = 'repeated' | 'over-room' | 'nothing-and-changes' | 'two-answers' | 'too-many';

export type Decoded<T> = { ok: true; value: T } | { ok: false; problem: LinkProblem };

export const LINK_VERSION = 2;

/** A field of a kind of link: its one-letter tag, the characters and length its value may have. */
export type FieldSpec = { tag: string; pattern: RegExp; maxLength: number; repeat?: boolean };

/** A kind of link: the fields it may hold. */
export type KindSpec = { kind: LinkKind; fields: readonly FieldSpec[] };

const CHECK_LENGTH = 6;
const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';
const VALUE = /^[A-Za-z0-9_~-]*$/;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (IEEE 802.3) of a string's UTF-16 code units, which in links are all ASCII. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = (CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The checksum of a link's body: 30 bits of its CRC-32, as 6 base-32 characters. */
export function checksum(kind: LinkKind, body: string): string {
  let n = crc32(`${kind}:${body}`) >>> 2;
  let out = '';
  for (let i = 0; i < CHECK_LENGTH; i++) {
    out = (BASE32[n & 31] ?? '0') + out;
    n >>>= 5;
  }
  return out;
}

/** Random-looking but deterministic text for a participant token, from any source of numbers (0 to 1). */
export function tokenFrom(random: () => number, length = 5): string {
  let out = '';
  for (let i = 0; i < length; i++) out += BASE32[Math.floor(random() * 32) % 32] ?? '0';
  return out;
}
/** A participant token: 5 base-32 characters. */
export const TOKEN_PATTERN = /^[0-9a-hjkmnp-tv-z]{5}$/;

/** The longest link of a kind the tool can make: the version, each field at its longest, the checksum. */
export function maxLength(spec: KindSpec, repeats = 1): number {
  const fields = spec.fields.reduce((sum, f) => sum + (f.maxLength + 2) * (f.repeat === true ? repeats : 1), 0);
  return String(LINK_VERSION).length + fields + 1 + CHECK_LENGTH;
}

/** Builds a link's code from its fields, in the kind's declared order. Empty optional fields are left out. */
export function encodeFields(spec: KindSpec, fields: readonly (readonly [string, string])[]): string {
  const order = (tag: string) => spec.fields.findIndex((f) => f.tag === tag);
  const parts = [...fields].sort((a, b) => order(a[0]) - order(b[0])).map(([tag, value]) => `${tag}${value}`);
  const body = [String(LINK_VERSION), ...parts].join('.');
  return `${body}.${checksum(spec.kind, body)}`;
}

/** The fields of a decoded link: each tag with its values (more than one only for repeatable fields). */
export type Fields = ReadonlyMap<string, readonly string[]>;

/**
 * Reads a version-2 code: checks its length, checksum and fields. Never throws. Meaning (which
 * answers the keys name, whether they contradict) is for each kind's own decoder.
 */
export function decodeFields(spec: KindSpec, code: string, limit: number): Decoded<Fields> {
  const fail = (problem: LinkProblem): Decoded<Fields> => ({ ok: false, problem });
  if (code.length > limit) return fail({ kind: 'too-long' });
  const version = /^(\d{1,4})(?:\.|$)/.exec(code);
  if (version === null) return fail({ kind: 'incomplete' });
  const number = Number(version[1]);
  if (number > LINK_VERSION) return fail({ kind: 'newer-version', version: number });
  if (number !== LINK_VERSION) return fail({ kind: 'incomplete' });
  const cut = code.lastIndexOf('.');
  const body = code.slice(0, cut);
  if (cut < 0 || code.slice(cut + 1) !== checksum(spec.kind, body)) return fail({ kind: 'incomplete' });

  return readFields(spec, body.split('.').slice(1), number);
}

/**
 * Reads fields (each a tag and its value) against a kind's declared fields. Used for a whole
 * link once its checksum has matched, and for the items inside a plan or group link.
 */
export function readFields(spec: KindSpec, parts: readonly string[], version = LINK_VERSION): Decoded<Fields> {
  const fields = new Map<string, string[]>();
  for (const part of parts) {
    const field = spec.fields.find((f) => f.tag === part[0]);
    const value = part.slice(1);
    // The checksum matched, so an unknown field was written on purpose: by a newer version.
    if (field === undefined) return { ok: false, problem: { kind: 'newer-version', version } };
    if (!VALUE.test(value) || !field.pattern.test(value) || value.length > field.maxLength)
      return { ok: false, problem: { kind: 'incomplete' } };
    const values = fields.get(field.tag) ?? [];
    if (values.length > 0 && field.repeat !== true) return { ok: false, problem: { kind: 'contradiction', detail: 'repeated' } };
    fields.set(field.tag, [...values, value]);
  }
  return { ok: true, value: fields };
}

/** The first value of a field, or undefined. */
export function field(fields: Fields, tag: string): string | undefined {
  return fields.get(tag)?.[0];
}

/** Splits text into pieces of a fixed size. */
export function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/*
 * Names typed by people (activities, participants, services) travel as base64url of their UTF-8,
 * so any script survives and nothing in a link is ever markup. A name of n UTF-16 units is at
 * most 3n bytes of UTF-8, so at most 4n characters here.
 */
export function nameToLink(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads a name back, or null when it is not valid base64url of UTF-8. */
export function nameFromLink(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    // ignoreBOM: a name may really start with U+FEFF; it must come back as it went.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * Shortens a name to at most `units` UTF-16 units without splitting a character: a cut through
 * an emoji's surrogate pair would leave half of it, shown as "�".
 */
export function clip(text: string, units: number): string {
  if (text.length <= units) return text;
  const cut = text.slice(0, units);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** True when a code is in format version 1: "1" then anything but another digit ("10." is a version-10 link). */
export function isVersion1(code: string): boolean {
  return /^1(?!\d)/.test(code);
}

/** A field holding a name of up to `units` UTF-16 units (base64url of its UTF-8). */
export function nameField(tag: string, units: number): FieldSpec {
  return { tag, pattern: /^[A-Za-z0-9_-]*$/, maxLength: nameLinkLength(units) };
}

/** A name field's text, or '' when the field is absent; null when it is not a valid name of at most `units`. */
export function readName(fields: Fields, tag: string, units: number): string | null {
  const name = nameFromLink(field(fields, tag) ?? '');
  return name === null || name.length > units ? null : name;
}

/** The most characters a name of `units` UTF-16 units can take in a link. */
export function nameLinkLength(units: number): number {
  return Math.ceil((units * 3 * 4) / 3);
}
