import json from '../../content/readiness.json';
import type { Readiness } from './schema.ts';

/** The readiness checklist, loaded only by the pages that use it. Validated before every build. */
export const readiness = json as unknown as Readiness;
