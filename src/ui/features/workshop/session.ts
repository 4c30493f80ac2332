import { useMemo } from 'react';
import { content } from '../../../content/content.ts';
import type { Participant } from '../../../domain/group.ts';
import { decodeResult } from '../../../domain/links/result-link.ts';
import { encodeSession } from '../../../domain/links/session-link.ts';
import { useAppStore, type Facilitating } from '../../../state/store.ts';
import { appUrl, linkUrl } from '../../lib/urls.ts';

/** The address participants open: the session's join page, which starts the questions in that session. */
export function joinUrl(session: Facilitating | null): string {
  return session === null || session.name === '' ? appUrl('/join/') : linkUrl('session', encodeSession(session));
}

/** The facilitator's saved group, each person's answers decoded; any that no longer open are left out. */
export function useParticipants(): Participant[] {
  const group = useAppStore((s) => s.group);
  return useMemo(
    () =>
      group.flatMap((g) => {
        const decoded = decodeResult(content, g.code);
        return decoded.ok ? [{ name: g.name, result: decoded.value }] : [];
      }),
    [group],
  );
}
