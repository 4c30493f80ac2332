import type { Content, Way, WayId } from '../content/schema.ts';
import type { Recommendation } from '../domain/recommend.ts';

/** Looks up a way that the content check guarantees exists. */
export function wayOf(content: Content, id: WayId): Way {
  const found = content.ways.find((w) => w.id === id);
  if (found === undefined) throw new Error(`content has no way "${id}"`);
  return found;
}

const lower = (s: string) => s.toLowerCase();

/**
 * The recommendation in words: a title and one sentence. Shared by the result page, the handout
 * and the summary so they always say the same thing.
 */
export function headline(content: Content, r: Recommendation, reviewMonths: number, reviewBy: string): { title: string; sentence: string } {
  const start = wayOf(content, r.start);
  const aim = wayOf(content, r.aim);
  if (r.start !== r.aim) {
    return {
      title: `Start with ${lower(start.name)}, and work towards ${lower(aim.name)}`,
      sentence: `Your goals call for ${lower(aim.name)}, but your situation right now supports ${lower(start.name)}. Start there, and review how it is going in ${reviewMonths} months, by ${reviewBy}.`,
    };
  }
  return {
    title: `${aim.name} fits your answers best`,
    sentence: `We suggest ${lower(aim.name)}: ${aim.tagline.charAt(0).toLowerCase()}${aim.tagline.slice(1)} Review how it is going in ${reviewMonths} months, by ${reviewBy}.`,
  };
}
