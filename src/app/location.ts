/*
 * The address, for the router. Going to a page whose code is already here (loaded ahead while the
 * person read the last one) is drawn straight away, in one step. Going to a page whose code is not
 * is a React transition: the page already painted stays on screen until the next one is ready, so
 * there is never a "Loading…" flash between steps.
 */
import { startTransition, useEffect, useState } from 'react';
import type { BaseLocationHook } from 'wouter';

const NAVIGATE = 'app:navigate';
let scrollPending = false;
let codeIsHere: (pathname: string) => boolean = () => false;

/** Tells the router how to know whether a page's code is loaded (the app knows every page). */
export function setCodeCheck(check: (pathname: string) => boolean) {
  codeIsHere = check;
}

/** Goes to an address in this tab: pushes it (or replaces the current one) and tells the router. */
export function navigateTo(to: string, options?: { replace?: boolean }) {
  const before = location.hash;
  history[options?.replace === true ? 'replaceState' : 'pushState'](null, '', to);
  scrollPending = options?.replace !== true;
  window.dispatchEvent(new Event(NAVIGATE));
  if (location.hash !== before) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** True once after a push navigation, so the new page can start at the top. */
export function takeScrollPending(): boolean {
  const pending = scrollPending;
  scrollPending = false;
  return pending;
}

/** The router's location hook: the path, and a way to navigate. On the server, the path being rendered. */
export const useAppLocation: BaseLocationHook = (router?: { ssrPath?: string }) => {
  const [path, setPath] = useState(() => router?.ssrPath ?? (typeof location === 'undefined' ? '/' : location.pathname));
  useEffect(() => {
    const update = () => {
      const next = location.pathname;
      if (codeIsHere(next)) setPath(next);
      else startTransition(() => setPath(next));
    };
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATE, update);
    // A page that navigated from its first render's effect did so before this listener existed;
    // catch up (React skips the update when the path is unchanged).
    update();
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATE, update);
    };
  }, []);
  return [path, navigateTo];
};
