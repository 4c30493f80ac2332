import json from '../../content/principles.json';
import type { Principles } from './schema.ts';

/** The principles, challenges and benefits, loaded only by the pages that use them. Validated before every build. */
export const principles = json as unknown as Principles;
