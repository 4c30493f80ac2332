/*
 * A plan: several activities inside one relationship, each with its own answers and so its own
 * way of working (the guide's example: a partnership whose community legal education team only
 * cooperates). Its link is a list of named result codes (named-links.ts).
 */
import type { Content } from '../content/schema.ts';
import { decodeNamedCodes, encodeNamedCodes, type NamedCode, type NamedLinkProblem, type NamedResult } from './named-links.ts';

export type PlanActivity = NamedCode;
export const MAX_ACTIVITIES = 8;
export const MAX_NAME_LENGTH = 80;

/** Encodes a plan's activities for its link. */
export function encodePlan(activities: readonly PlanActivity[]): string {
  return encodeNamedCodes(activities, MAX_NAME_LENGTH);
}

export type PlanProblem = NamedLinkProblem;

/** Decodes a plan link, checking every activity's answers against the content. Never throws. */
export function decodePlan(content: Content, code: string): { ok: true; activities: NamedResult[] } | { ok: false; problem: PlanProblem } {
  const decoded = decodeNamedCodes(content, code, { maxItems: MAX_ACTIVITIES, maxName: MAX_NAME_LENGTH, maxLength: 2000 });
  return decoded.ok ? { ok: true, activities: decoded.items } : decoded;
}
