/*
 * Workshop session links: what the join QR code opens. Version 2 fields:
 *   n<name>    the workshop's name (required)
 *   d<text>    optional: where participants send their results ("the Teams chat", an email address)
 * The session lives on each participant's device; nothing about it is sent anywhere.
 */
import { clip, decodeFields, encodeFields, maxLength, nameField, nameToLink, readName, type Decoded, type KindSpec } from './codec.ts';
import { MAX_WORKSHOP_NAME, MAX_DESTINATION } from './limits.ts';
export { MAX_WORKSHOP_NAME, MAX_DESTINATION };

const SESSION: KindSpec = {
  kind: 'session',
  fields: [nameField('n', MAX_WORKSHOP_NAME), nameField('d', MAX_DESTINATION)],
};
export const MAX_SESSION_LINK = maxLength(SESSION);

export type Session = { name: string; destination: string };

export function encodeSession(session: Session): string {
  const fields: [string, string][] = [['n', nameToLink(clip(session.name.trim(), MAX_WORKSHOP_NAME))]];
  if (session.destination.trim() !== '') fields.push(['d', nameToLink(clip(session.destination.trim(), MAX_DESTINATION))]);
  return encodeFields(SESSION, fields);
}

/** Decodes a session link. Never throws. */
export function decodeSession(code: string): Decoded<Session> {
  const decoded = decodeFields(SESSION, code, MAX_SESSION_LINK);
  if (!decoded.ok) return decoded;
  const name = readName(decoded.value, 'n', MAX_WORKSHOP_NAME);
  const destination = readName(decoded.value, 'd', MAX_DESTINATION);
  if (name === null || name.trim() === '' || destination === null) return { ok: false, problem: { kind: 'incomplete' } };
  return { ok: true, value: { name, destination } };
}
