/*
 * Plan links: several activities of one relationship, each with its own answers.
 * Version 2: one `i` field per activity (named-results.ts), in the plan's order.
 *   2.i<name>~g<keys>~c<pairs>.i<name>~o<keys>~c<pairs>.<checksum>
 */
import type { Content } from '../../content/schema.ts';
import { decodeFields, encodeFields, maxLength, nameLinkLength, type Decoded, type KindSpec, isVersion1 } from './codec.ts';
import { decodeItem, encodeItem, type NamedResult } from './named-results.ts';
import { MAX_RESULT_LINK } from './result-link.ts';
import { decodeNamedV1 } from './v1.ts';
import { MAX_ACTIVITIES, MAX_ACTIVITY_NAME } from './limits.ts';
export { MAX_ACTIVITIES, MAX_ACTIVITY_NAME };

type ResultContent = Pick<Content, 'goals' | 'outputs' | 'context' | 'ways'>;

const PLAN: KindSpec = {
  kind: 'plan',
  fields: [
    {
      tag: 'i',
      pattern: /^[A-Za-z0-9_-]*(?:~[a-z][A-Za-z0-9_-]*)+$/,
      maxLength: nameLinkLength(MAX_ACTIVITY_NAME) + MAX_RESULT_LINK,
      repeat: true,
    },
  ],
};
/** The longest plan link the tool can make: every activity at its longest name and most answers. */
export const MAX_PLAN_LINK = maxLength(PLAN, MAX_ACTIVITIES);

export function encodePlan(content: ResultContent, activities: readonly NamedResult[]): string {
  return encodeFields(
    PLAN,
    activities.slice(0, MAX_ACTIVITIES).map((a) => ['i', encodeItem(content, a, MAX_ACTIVITY_NAME)] as const),
  );
}

/** Decodes a plan link of any version. Never throws. */
export function decodePlan(content: ResultContent, code: string): Decoded<NamedResult[]> {
  if (isVersion1(code)) {
    const v1 = decodeNamedV1(content, code, { maxItems: MAX_ACTIVITIES, maxName: MAX_ACTIVITY_NAME, maxLength: 2000 });
    return v1.ok ? { ok: true, value: v1.value.map((a) => ({ name: a.name, result: a.result })) } : v1;
  }
  const decoded = decodeFields(PLAN, code, MAX_PLAN_LINK);
  if (!decoded.ok) return decoded;
  const items = decoded.value.get('i') ?? [];
  if (items.length === 0) return { ok: false, problem: { kind: 'empty' } };
  if (items.length > MAX_ACTIVITIES) return { ok: false, problem: { kind: 'contradiction', detail: 'too-many' } };
  const activities: NamedResult[] = [];
  for (const item of items) {
    const one = decodeItem(content, item, MAX_ACTIVITY_NAME);
    if (!one.ok) return one;
    activities.push(one.value);
  }
  return { ok: true, value: activities };
}
