import { STORAGE_KEY } from '../../state/storage-key.ts';

/**
 * Whether answers are saved on this device, read without loading the store, so the start page
 * can offer to carry on and stay small. Any answer at all counts; the store checks them later.
 */
export function hasSavedAnswers(): boolean {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
    return raw !== null && /"(goals|outputs)":\["|"context":\{"/.test(raw);
  } catch {
    return false;
  }
}

/** Whether anything at all is saved (even something unreadable, which deserves a notice). */
export function hasSavedState(): boolean {
  try {
    return (globalThis.localStorage?.getItem(STORAGE_KEY) ?? null) !== null;
  } catch {
    return false;
  }
}
