/**
 * The full address of a route in this copy of the tool: this page's address with the route in
 * the hash, so it works from any host and sub-folder. Used for every link people share.
 */
export function appUrl(route: string): string {
  return `${location.origin}${location.pathname}#/${route}`;
}

/** The full address of a shared result. */
export function shareUrl(code: string): string {
  return appUrl(`r/${code}`);
}
