/*
 * A list of named result codes in one link, shared by plans (activities) and workshop groups
 * (participants):   1~<name>~<code>~<name>~<code>…
 * Names are base64url-encoded UTF-8, so any text survives and nothing in a link is ever markup.
 */
import type { Content } from '../content/schema.ts';
import { decodeLink, type LinkProblem, type SharedAnswers } from './share-link.ts';

export type NamedCode = { name: string; code: string };
export type NamedResult = NamedCode & { shared: SharedAnswers };
export const NAMED_LINK_VERSION = 1;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** Encodes named result codes for a link, cutting names to `maxName` characters. */
export function encodeNamedCodes(items: readonly NamedCode[], maxName: number): string {
  return [String(NAMED_LINK_VERSION), ...items.flatMap((a) => [toBase64Url(a.name.slice(0, maxName)), a.code])].join('~');
}

export type NamedLinkProblem =
  { kind: 'malformed' } | { kind: 'other-version' } | { kind: 'too-many' } | { kind: 'item'; index: number; problem: LinkProblem };

/** Decodes named result codes, checking every item's answers against the content. Never throws. */
export function decodeNamedCodes(
  content: Content,
  code: string,
  limits: { maxItems: number; maxName: number; maxLength: number },
): { ok: true; items: NamedResult[] } | { ok: false; problem: NamedLinkProblem } {
  if (code.length > limits.maxLength) return { ok: false, problem: { kind: 'malformed' } };
  const [version, ...parts] = code.split('~');
  if (version === undefined || !/^\d{1,4}$/.test(version)) return { ok: false, problem: { kind: 'malformed' } };
  if (Number(version) !== NAMED_LINK_VERSION) return { ok: false, problem: { kind: 'other-version' } };
  if (parts.length === 0 || parts.length % 2 !== 0) return { ok: false, problem: { kind: 'malformed' } };
  if (parts.length / 2 > limits.maxItems) return { ok: false, problem: { kind: 'too-many' } };
  const items: NamedResult[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const name = fromBase64Url(parts[i] ?? '');
    if (name === null || name.length > limits.maxName) return { ok: false, problem: { kind: 'malformed' } };
    const itemCode = parts[i + 1] ?? '';
    const decoded = decodeLink(content, itemCode);
    if (!decoded.ok) return { ok: false, problem: { kind: 'item', index: i / 2, problem: decoded.problem } };
    items.push({ name, code: itemCode, shared: decoded.shared });
  }
  return { ok: true, items };
}
