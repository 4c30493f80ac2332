import * as z from 'zod/mini';

/*
 * What is saved in the browser, and how it is checked when read back. zustand's persist checks
 * nothing itself, so every value read back is parsed here, then cleaned against the content
 * (store.ts): anything unknown is dropped with a notice, never trusted. zod/mini keeps this small,
 * and it loads with the store, after the first page.
 */
export const SAVED_STATE_VERSION = 2;
export { STORAGE_KEY } from './storage-key.ts';

const NamedCode = z.object({ name: z.string(), code: z.string() });
const SessionShape = z.object({ name: z.string(), destination: z.string() });

/** Version 1 and 2 share this shape; version 2 added the fields marked optional at the end. */
export const SavedState = z.object({
  answers: z.object({
    goals: z.array(z.string()),
    outputs: z.array(z.string()),
    context: z.record(z.string(), z.string()),
  }),
  ticks: z.record(z.string(), z.boolean()),
  reviewMonths: z.optional(z.nullable(z.number())),
  readiness: z.optional(z.nullable(z.record(z.string(), z.boolean()))),
  review: z.optional(z.record(z.string(), z.array(z.string()))),
  plan: z.optional(z.array(NamedCode)),
  group: z.optional(z.array(NamedCode)),
  hands: z.optional(
    z.object({
      picks: z.record(z.string(), z.number()),
      context: z.record(z.string(), z.record(z.string(), z.number())),
      people: z.number(),
    }),
  ),
  /** This person's token for the links they share, so a workshop counts them once. */
  token: z.optional(z.nullable(z.string())),
  /** The workshop this person joined, if any. */
  session: z.optional(z.nullable(SessionShape)),
  /** The workshop this person runs, if any. */
  facilitating: z.optional(z.nullable(z.object({ name: z.string(), destination: z.string(), facilitator: z.string() }))),
  /** The two services, named for a shared result. */
  services: z.optional(z.nullable(z.object({ from: z.string(), with: z.string() }))),
});
export type SavedState = z.infer<typeof SavedState>;

export const SavedEnvelope = z.object({ version: z.number(), state: z.unknown() });
