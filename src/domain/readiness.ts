/*
 * The readiness check. Each item in readiness.json matters from a certain way upwards
 * (`neededFrom`): networking needs little, partnership needs most. Pure, like the scoring.
 *
 * The rule an editor can predict: if fewer than `threshold` (a share, 0.5 by default) of the
 * items that the starting way needs are in place, the start steps down one way at a time
 * until that share is met, or networking is reached. The aim never changes.
 */
import type { Readiness, ReadinessItem, WayId } from '../content/schema.ts';
import { WAY_IDS } from '../content/way-ids.ts';
import { wayIndex, type Recommendation } from './recommend.ts';

/** Which readiness items are in place, keyed by item id. */
export type ReadinessAnswers = Readonly<Record<string, boolean>>;

export type ReadinessReport = {
  way: WayId;
  inPlace: ReadinessItem[];
  missing: ReadinessItem[];
  /** The share of the way's items in place, 0 to 1 (1 when the way needs none). */
  share: number;
};

/** The items a way relies on (those needed from that way or a lighter one), split into in place and missing. */
export function readinessFor(readiness: Readiness, way: WayId, answers: ReadinessAnswers): ReadinessReport {
  const items = readiness.items.filter((i) => wayIndex(i.neededFrom) <= wayIndex(way));
  const inPlace = items.filter((i) => answers[i.id] === true);
  const missing = items.filter((i) => answers[i.id] !== true);
  return { way, inPlace, missing, share: items.length === 0 ? 1 : inPlace.length / items.length };
}

export type ReadinessOutcome = {
  /** The recommendation with its start (and the start's inputs) moved if readiness requires it. */
  recommendation: Recommendation;
  /** The start before readiness was taken into account, when readiness moved it; otherwise null. */
  heldBackFrom: WayId | null;
  /** Readiness for the way the user is aiming for. */
  report: ReadinessReport;
};

/**
 * Applies the readiness check to a recommendation. Never moves the start deeper, never below
 * networking, and never changes the aim.
 */
export function applyReadiness(readiness: Readiness, r: Recommendation, answers: ReadinessAnswers): ReadinessOutcome {
  let index = wayIndex(r.start);
  while (index > 0 && readinessFor(readiness, WAY_IDS[index] ?? 'networking', answers).share < readiness.threshold) index--;
  const start = WAY_IDS[index] ?? 'networking';
  const report = readinessFor(readiness, r.aim, answers);
  if (start === r.start) return { recommendation: r, heldBackFrom: null, report };
  return { recommendation: { ...r, start, startPicked: r.picked.includes(start) }, heldBackFrom: r.start, report };
}
