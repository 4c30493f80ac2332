import { useEffect, useRef, type ReactNode } from 'react';
import { content } from '../content/content.ts';

let firstPage = true;

/**
 * Sets the document title and, after an in-app navigation, moves focus to the page's heading
 * so a screen reader announces the new page (as GOV.UK's single-page services do). The first
 * page load keeps the browser's own focus.
 */
export function usePageFocus(title: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${content.pages.appName}`;
  }, [title]);
  // On arrival only: a title that changes later (an error prefix) must not pull focus from the error summary.
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    heading.current?.focus();
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
