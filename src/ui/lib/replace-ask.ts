/**
 * The question asked before something opened from a link replaces what this device holds
 * ("Replace your own plan?"), for ConfirmedAction: null when there is nothing of one's own to lose.
 */
export function replaceAsk(mine: 'answers' | 'plan' | 'group', hasOwn: boolean, text: string) {
  if (!hasOwn) return null;
  return { title: `Replace your own ${mine}?`, text, confirmLabel: `Replace my ${mine}`, cancelLabel: `Keep my ${mine}` };
}
