import { useMemo } from 'react';
import { content } from '../content/content.ts';
import { journeyAnswers, type Journey } from '../domain/flow.ts';
import { recommend, type Recommendation } from '../domain/recommend.ts';
import { useAppStore } from './store.ts';

/** The recommendation for a journey, always derived from the saved answers, never stored. */
export function useRecommendation(journey: Journey): Recommendation | null {
  const answers = useAppStore((s) => s.answers);
  return useMemo(() => recommend(content, journeyAnswers(journey, answers)), [journey, answers]);
}

/** True when any answer has been given, so the start page can offer to pick up where the user left off. */
export function useHasAnswers(): boolean {
  return useAppStore((s) => s.answers.goals.length + s.answers.outputs.length + Object.keys(s.answers.context).length > 0);
}
