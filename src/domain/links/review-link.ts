/*
 * Change-strategy links: the answers to the review journey.
 * Version 2: one field, a<pairs>: each chosen option's question key then option key, sorted.
 */
import type { Review } from '../../content/schema.ts';
import { decodeFields, encodeFields, field, maxLength, type Decoded, type KindSpec, isVersion1 } from './codec.ts';
import { decodeReviewPairs, decodeReviewV1 } from './v1.ts';

const REVIEW: KindSpec = { kind: 'review', fields: [{ tag: 'a', pattern: /^(?:[a-z0-9]{2})*$/, maxLength: 200 }] };
export const MAX_REVIEW_LINK = maxLength(REVIEW);

export type ReviewAnswers = Readonly<Record<string, readonly string[]>>;

export function encodeReview(review: Review, answers: ReviewAnswers): string {
  const pairs = review.questions.flatMap((q) =>
    [...new Set(answers[q.id] ?? [])].flatMap((id) => {
      const option = q.options.find((o) => o.id === id);
      return option === undefined ? [] : [q.key + option.key];
    }),
  );
  return encodeFields(REVIEW, [['a', pairs.sort().join('')]]);
}

/** Decodes a change-strategy link of any version. Never throws. Whether every question is answered is for the caller. */
export function decodeReview(review: Review, code: string): Decoded<Record<string, string[]>> {
  if (isVersion1(code)) return decodeReviewV1(review, code);
  const decoded = decodeFields(REVIEW, code, MAX_REVIEW_LINK);
  return decoded.ok ? decodeReviewPairs(review, field(decoded.value, 'a') ?? '') : decoded;
}
