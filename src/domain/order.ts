import type { Statement } from '../content/schema.ts';

/** A small, stable string hash (FNV-1a), so the order is the same on every device and every visit. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Statements in an order that does not give the answer away: mixed across the ways by a hash of
 * their ids rather than grouped by way, yet identical for everyone, so a facilitator and a room
 * see the same list. Does not change the input.
 */
export function presentationOrder(statements: readonly Statement[]): Statement[] {
  return [...statements].sort((a, b) => hash(a.id) - hash(b.id) || (a.id < b.id ? -1 : 1));
}
