import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { ReactElement } from 'react';
import { relativeHref } from '../../src/ui/lib/urls.ts';

/** Renders a page at a path with an in-memory router (links written as the built pages write them), and a user to drive it. */
export function renderAt(path: string, ui: ReactElement) {
  const location = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  const view = render(
    <Router hook={location.hook} hrefs={(href: string) => relativeHref(href, '')}>
      {ui}
    </Router>,
  );
  return { user, location, ...view };
}
