import { useMemo } from 'react';
import { content } from '../../content/content.ts';
import type { Participant } from '../../domain/group.ts';
import { decodeLink } from '../../domain/share-link.ts';
import { useAppStore } from '../../state/store.ts';

/** The facilitator's saved group with each person's answers decoded; any that no longer decode are left out. */
export function useParticipants(): Participant[] {
  const group = useAppStore((s) => s.group);
  return useMemo(
    () =>
      group.flatMap((g) => {
        const decoded = decodeLink(content, g.code);
        return decoded.ok ? [{ ...g, shared: decoded.shared }] : [];
      }),
    [group],
  );
}
