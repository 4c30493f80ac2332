/*
 * A plan: several activities inside one relationship, each with its own answers and so its own
 * way of working (the guide's example: a partnership whose community legal education team only
 * cooperates). Its link holds each activity's name and result code:
 *   1~<name>~<code>~<name>~<code>…
 * Names are base64url-encoded UTF-8, so any text survives and nothing in a link is ever markup.
 */
import type { Content } from '../content/schema.ts';
import { decodeLink, type LinkProblem, type SharedAnswers } from './share-link.ts';

export type PlanActivity = { name: string; code: string };
export const MAX_ACTIVITIES = 8;
export const MAX_NAME_LENGTH = 80;
export const PLAN_LINK_VERSION = 1;

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

/** Encodes a plan's activities for its link. */
export function encodePlan(activities: readonly PlanActivity[]): string {
  return [String(PLAN_LINK_VERSION), ...activities.flatMap((a) => [toBase64Url(a.name.slice(0, MAX_NAME_LENGTH)), a.code])].join('~');
}

export type PlanProblem = { kind: 'malformed' } | { kind: 'other-version' } | { kind: 'too-many' } | { kind: 'activity'; index: number; problem: LinkProblem };

export type DecodedPlan = { ok: true; activities: (PlanActivity & { shared: SharedAnswers })[] } | { ok: false; problem: PlanProblem };

/** Decodes a plan link, checking every activity's answers against the content. Never throws. */
export function decodePlan(content: Content, code: string): DecodedPlan {
  if (code.length > 2000) return { ok: false, problem: { kind: 'malformed' } };
  const [version, ...parts] = code.split('~');
  if (version === undefined || !/^\d{1,4}$/.test(version)) return { ok: false, problem: { kind: 'malformed' } };
  if (Number(version) !== PLAN_LINK_VERSION) return { ok: false, problem: { kind: 'other-version' } };
  if (parts.length === 0 || parts.length % 2 !== 0) return { ok: false, problem: { kind: 'malformed' } };
  if (parts.length / 2 > MAX_ACTIVITIES) return { ok: false, problem: { kind: 'too-many' } };
  const activities: (PlanActivity & { shared: SharedAnswers })[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const name = fromBase64Url(parts[i] ?? '');
    if (name === null || name.length > MAX_NAME_LENGTH) return { ok: false, problem: { kind: 'malformed' } };
    const activityCode = parts[i + 1] ?? '';
    const decoded = decodeLink(content, activityCode);
    if (!decoded.ok) return { ok: false, problem: { kind: 'activity', index: i / 2, problem: decoded.problem } };
    activities.push({ name, code: activityCode, shared: decoded.shared });
  }
  return { ok: true, activities };
}
