import { useEffect, useRef, type ReactNode } from 'react';

let firstPage = true;
let appName = 'Ways of working together';
let serverTitle = '';

/** The title of the page last rendered on the server, for the prerenderer's <title>. */
export function collectedTitle(): string {
  return serverTitle;
}
export function resetCollectedTitle(): void {
  serverTitle = '';
}
/** While prerendering, remembers the page's title (the browser sets it in an effect instead). */
function collectTitle(title: string): void {
  if (typeof document === 'undefined') serverTitle = title;
}

/** Sets the name that follows every page title (from content, once, by the layout). */
export function setAppName(name: string) {
  appName = name;
}

/** Sets the document title (and, while prerendering, the page's <title>): "Title – app name". */
export function usePageTitle(title: string) {
  collectTitle(`${title} – ${appName}`);
  useEffect(() => {
    document.title = `${title} – ${appName}`;
  }, [title]);
}

/**
 * Sets the document title and, after an in-app navigation, moves focus to the page's heading
 * so a screen reader announces the new page (as GOV.UK's single-page services do). The first
 * page load keeps the browser's own focus.
 */
export function usePageFocus(title: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(title);
  // On arrival only: a title that changes later (an error prefix) must not pull focus from the error summary.
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    heading.current?.focus({ preventScroll: false });
  }, []);
  return heading;
}

/** A page with a focusable h1 that receives focus after navigation. */
export function Page({ title, heading, children, lead }: { title: string; heading?: ReactNode; lead?: ReactNode; children?: ReactNode }) {
  const ref = usePageFocus(title);
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {lead !== undefined && <p className="lead">{lead}</p>}
      {children}
    </>
  );
}
