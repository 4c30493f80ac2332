import { useDeferredValue, type ReactNode } from 'react';

/**
 * Draws its children just after the rest of the page, in the background: what a person looks at
 * first (a result's first screen, a group's summary) is on show sooner, and the rest follows before
 * they can scroll to it. Only the first drawing waits; changes after that are shown at once.
 * `holdScreen` keeps a screen's height in their place meanwhile, so the footer stays below the
 * screen and nothing visible moves.
 */
export function DrawnNext({ children, holdScreen = false }: { children: ReactNode; holdScreen?: boolean }) {
  const drawn = useDeferredValue(true, false);
  if (drawn) return children;
  return holdScreen ? <div className="hold-screen" /> : null;
}
