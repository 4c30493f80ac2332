import aboutJson from '../../content/about.json';
import accessibilityJson from '../../content/accessibility.json';
import type { About, Accessibility } from './schema.ts';

// Each file below is imported by its own module so a page pulls in only the text it shows.

/*
 * Texts for single pages, imported only by those pages so they stay off the first download.
 * Validated with the rest of content/ before every build (see content.ts).
 */
export const about = aboutJson as unknown as About;
export const accessibility = accessibilityJson as unknown as Accessibility;
