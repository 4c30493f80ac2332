import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The part of the address after the #, where shared links keep their code. It is empty on the
 * server and while a prerendered page hydrates, so the page first matches its static HTML (a
 * skeleton) and then fills in.
 */
export function useHash(): string {
  return useSyncExternalStore(subscribe, hashText, () => '');
}

/** The code after the #, decoded; a stray "%" (a link cut or changed) is left as it is, for the link's reader to refuse. */
function hashText(): string {
  const raw = location.hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const noSubscribe = () => () => undefined;

/** False on the server and during hydration, true once the page runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}
