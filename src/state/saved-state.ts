import * as z from 'zod/mini';

/*
 * What is saved in the browser, and how it is checked when read back. zustand's persist checks
 * nothing itself, so anything unreadable is discarded here with a notice, never trusted.
 * zod/mini keeps this check small enough for the first page's budget.
 */
export const SAVED_STATE_VERSION = 1;
export const STORAGE_KEY = 'ways-of-working:v1';

export const SavedAnswers = z.strictObject({
  goals: z.array(z.string()),
  outputs: z.array(z.string()),
  context: z.record(z.string(), z.string()),
});

export const SavedState = z.strictObject({
  answers: SavedAnswers,
  ticks: z.record(z.string(), z.boolean()),
  /** The review period the user chose, or null for the one the result suggests. */
  reviewMonths: z.optional(z.nullable(z.number())),
  /** Readiness items ticked as in place, or null when the check has not been done. */
  readiness: z.optional(z.nullable(z.record(z.string(), z.boolean()))),
  /** Answers to the review journey, keyed by question id. */
  review: z.optional(z.record(z.string(), z.array(z.string()))),
  /** Activities saved into a plan: a name and a result code each. */
  plan: z.optional(z.array(z.strictObject({ name: z.string(), code: z.string() }))),
  /** A facilitator's group: participants' optional names and result codes. */
  group: z.optional(z.array(z.strictObject({ name: z.string(), code: z.string() }))),
  /** A facilitator's show of hands: counts per statement and per context option, and the room's size. */
  hands: z.optional(
    z.strictObject({
      picks: z.record(z.string(), z.number()),
      context: z.record(z.string(), z.record(z.string(), z.number())),
      people: z.number(),
    }),
  ),
});
export type SavedState = z.infer<typeof SavedState>;

export const SavedEnvelope = z.object({ version: z.number(), state: z.unknown() });
