/*
 * Serves content/ to the app as virtual modules holding exactly what the zod schemas parsed
 * (strings trimmed, defaults applied), so the app runs on validated data without shipping zod.
 * The check runs before every build and dev server start and again when a content file changes,
 * so invalid content never ships and an editor sees why at once (file, JSON path, message).
 *
 *   import ways from 'virtual:content/ways'        one module per content file
 *   import spectrum from 'virtual:content/spectrum' the little the start page needs of ways.json
 *   import start from 'virtual:content/start'       the start page's text and the tool's name
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { checkContentDir } from './read-content.ts';
import { formatProblems, type ContentResult } from '../src/content/validate.ts';
import type { ValidatedContent } from '../src/content/schema.ts';

const PREFIX = 'virtual:content/';
const RESOLVED = '\0virtual:content/';

/** The module body for each virtual content id, from validated content. */
function modules(content: ValidatedContent): Record<string, unknown> {
  return {
    ways: { ways: content.ways },
    dimensions: { dimensions: content.dimensions },
    goals: content.goals,
    outputs: content.outputs,
    context: content.context,
    pages: content.pages,
    wording: content.wording,
    readiness: content.readiness,
    principles: content.principles,
    review: content.review,
    about: content.about,
    accessibility: content.accessibility,
    spectrum: content.ways.map((w) => ({ id: w.id, name: w.name, term: w.term, tagline: w.tagline })),
    start: { appName: content.pages.appName, start: content.pages.start },
  };
}

export function contentPlugin(dir: string): Plugin {
  const contentDir = resolve(dir);
  let checked: ContentResult | null = null;
  const check = (): ContentResult => (checked ??= checkContentDir(contentDir));
  const failure = (result: ContentResult) => (result.ok ? null : `Content check failed:\n${formatProblems(result.problems)}`);
  let server: ViteDevServer | undefined;

  return {
    name: 'content',
    configureServer(s) {
      server = s;
    },
    buildStart() {
      checked = null;
      const message = failure(check());
      if (message !== null) this.error(message);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const result = check();
      if (!result.ok) {
        this.error(failure(result) ?? 'Content check failed');
      }
      const name = id.slice(RESOLVED.length);
      const body = modules(result.content)[name];
      if (body === undefined) this.error(`There is no content module "${name}"`);
      return `export default ${JSON.stringify(body)};`;
    },
    handleHotUpdate({ file }) {
      if (!file.startsWith(contentDir)) return undefined;
      checked = null;
      const message = failure(check());
      if (message !== null) {
        server?.config.logger.error(message);
        server?.ws.send({ type: 'error', err: { message, stack: '' } });
        return [];
      }
      const graph = server?.moduleGraph;
      const changed = [...(graph?.idToModuleMap.entries() ?? [])].filter(([id]) => id.startsWith(RESOLVED)).map(([, m]) => m);
      for (const m of changed) graph?.invalidateModule(m);
      return changed;
    },
  };
}
