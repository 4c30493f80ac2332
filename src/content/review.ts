import json from '../../content/review.json';
import type { Review } from './schema.ts';

/** The review journey's questions and scenarios, loaded only by its pages. Validated before every build. */
export const review = json as unknown as Review;
