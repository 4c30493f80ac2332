import ways from '../../content/ways.json';
import dimensions from '../../content/dimensions.json';
import goals from '../../content/goals.json';
import outputs from '../../content/outputs.json';
import context from '../../content/context.json';
import pages from '../../content/pages.json';
import type { Content } from './schema.ts';

/*
 * The app's one content loader. The files are validated by the content check before every build
 * and dev server start (see vite.config.ts), so the app does not ship zod's content schemas to
 * check them again on every phone. The cast is safe only because of that check.
 * The About and accessibility texts are not here: they load with their own pages (page-texts.ts).
 */
export const content = {
  ways: ways.ways,
  dimensions: dimensions.dimensions,
  goals,
  outputs,
  context,
  pages,
} as unknown as Content;
