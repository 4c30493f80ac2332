import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { ReactElement } from 'react';

/** Renders a page at a path with an in-memory router, and a user to drive it. */
export function renderAt(path: string, ui: ReactElement) {
  const location = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  const view = render(<Router hook={location.hook}>{ui}</Router>);
  return { user, location, ...view };
}
