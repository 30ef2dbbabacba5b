/**
 * The draft kept in this browser (localStorage), so a reload or a closed tab loses nothing.
 * Nothing leaves the browser. A stored draft that cannot be read (damaged, written by something
 * else) is reported as such, never thrown: the page offers to discard it.
 */
import { draftOf, type Draft } from './draft';

export const DRAFT_KEY = 'eu-project-dashboard:draft:v1';

export type StoredDraft = { kind: 'none' } | { kind: 'draft'; draft: Draft; savedAt: string } | { kind: 'unreadable' };

/** Storage as the page has it; a test hands in its own. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readStoredDraft(storage: DraftStorage | undefined): StoredDraft {
  let text: string | null;
  try {
    text = storage?.getItem(DRAFT_KEY) ?? null;
  } catch {
    // Storage refused (a private window, a policy): as if nothing were kept.
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  try {
    const stored = JSON.parse(text) as unknown;
    if (typeof stored === 'object' && stored !== null && !Array.isArray(stored)) {
      const { draft, savedAt } = stored as { draft?: unknown; savedAt?: unknown };
      const found = draftOf(draft);
      if (found && typeof savedAt === 'string' && !Number.isNaN(Date.parse(savedAt))) return { kind: 'draft', draft: found, savedAt };
    }
  } catch {
    // Not JSON: reported below.
  }
  return { kind: 'unreadable' };
}

/** Keeps the draft; false when the browser would not (full, refused): the page says so. */
export function storeDraft(storage: DraftStorage | undefined, draft: Draft, now: Date): boolean {
  try {
    storage?.setItem(DRAFT_KEY, JSON.stringify({ savedAt: now.toISOString(), draft }));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** The time now (the session takes another in tests). */
export const currentTime = (): Date => new Date();

export function forgetDraft(storage: DraftStorage | undefined): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // Nothing kept that could be removed.
  }
}
