/*
 * Kept apart from the router (no React here), so the entry can rewrite an old address before
 * anything else loads.
 */

/**
 * Addresses published before the tool moved from "#/route" to real pages: each is rewritten
 * once, in place, to its new address (a result link's code moves after the #). Returns the new
 * address, or null when the address is not an old one.
 */
export function legacyAddress(hash: string): string | null {
  if (!hash.startsWith('#/')) return null;
  const route = hash.slice(2).replace(/\/+$/, '');
  const parts = route.split('/');
  const [first = '', second, third] = parts;
  if (['r', 'p', 'g', 'h', 'c'].includes(first) && second !== undefined && second !== '') {
    if (first === 'r' && third === 'handout') return `r/handout/#${second}`;
    return `${first}/#${second}`;
  }
  if ((first === 'present' || first === 'hands') && second !== undefined && /^\d+$/.test(second)) return `${first}/#${second}`;
  return route === '' ? '' : `${route}/`;
}
