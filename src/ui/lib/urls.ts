/*
 * Addresses in this copy of the tool. Every page carries <base href> pointing at the tool's own
 * folder (set when the pages are built), so the tool works from any host and sub-folder, with
 * no rewrite rules, and these functions never need to know which folder that is.
 */
import type { LinkKind } from '../../domain/links/codec.ts';

/** The folder the tool is served from, as a full address ending in "/". */
export function appRoot(): string {
  return typeof document === 'undefined' ? '/' : new URL('.', document.baseURI).href;
}

/** The path of the tool's folder without the trailing "/" ("" at a site's root): wouter's base. */
export function basePath(): string {
  return new URL(appRoot()).pathname.replace(/\/$/, '');
}

/** The full address of a page of the tool, from its path ("/ways/coordination/"). */
export function appUrl(path: string, hash = ''): string {
  return `${appRoot()}${path.replace(/^\//, '')}${hash === '' ? '' : `#${hash}`}`;
}

/** Where each kind of link opens: a page built for it, with the link's code after the #. */
export const LINK_PATHS = {
  result: '/r/',
  plan: '/p/',
  group: '/g/',
  hands: '/h/',
  review: '/c/',
  session: '/join/',
} as const satisfies Record<LinkKind, string>;

/** The full address of a shared link. The code follows the #, so it is never sent to a server. */
export function linkUrl(kind: LinkKind, code: string): string {
  return appUrl(LINK_PATHS[kind], code);
}

/** An href relative to the tool's folder, for <a> elements: works before and without JavaScript. */
export function relativeHref(absolutePath: string, base: string): string {
  const path = absolutePath.startsWith(base) ? absolutePath.slice(base.length) : absolutePath;
  const relative = path.replace(/^\//, '');
  return relative === '' ? './' : relative;
}
