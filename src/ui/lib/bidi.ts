/*
 * Text typed by whoever made a link (activity, participant, service and workshop names) is shown
 * as plain text, never markup. Bidirectional control characters could still make it read as
 * something else ("Invoice ‮fdp.exe" shown as "Invoice exe.pdf"), so each one is replaced by a
 * visible marker, and the name is isolated from the text around it (<bdi> in name-text.tsx).
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Replaces bidirectional control characters with a visible marker such as [U+202E]. */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}
