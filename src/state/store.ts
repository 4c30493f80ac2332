import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import readinessContent from 'virtual:content/readiness';
import reviewContent from 'virtual:content/review';
import type { Content, Readiness, Review } from '../content/schema.ts';
import { content as appContent } from '../content/content.ts';
import type { QuestionnaireAnswers, PickList } from '../domain/flow.ts';
import { parseAnswers } from '../domain/recommend.ts';
import { clip, TOKEN_PATTERN } from '../domain/links/codec.ts';
import { decodeResult } from '../domain/links/result-link.ts';
import {
  MAX_ACTIVITIES,
  MAX_ACTIVITY_NAME,
  MAX_DESTINATION,
  MAX_PARTICIPANT_NAME,
  MAX_PARTICIPANTS,
  MAX_ROOM,
  MAX_SERVICE_NAME,
  MAX_SESSION_NAME,
  MAX_WORKSHOP_NAME,
} from '../domain/links/limits.ts';
import type { Session } from '../domain/links/session-link.ts';
import { SAVED_STATE_VERSION, STORAGE_KEY, SavedEnvelope, SavedState } from './saved-state.ts';

/** A show of hands: counts per statement and per context option, and how many people are in the room. */
export type HandsState = {
  picks: Readonly<Record<string, number>>;
  context: Readonly<Record<string, Readonly<Record<string, number>>>>;
  people: number;
};
const emptyHands: HandsState = { picks: {}, context: {}, people: 0 };

/** A name and a result link's code: an activity of a plan, or a participant of a group. */
export type NamedCode = { name: string; code: string };

/** A facilitator's workshop session. */
export type Facilitating = Session & { facilitator: string };

/**
 * What the app says once about saved answers:
 * - unreadable: what was saved could not be read at all, so it started afresh;
 * - dropped: some saved answers no longer exist in this version and were left out;
 * - newer-version: saved by a newer version of the tool; kept untouched, not overwritten;
 * - not-saving: the browser refuses to save, so answers last only while the page is open.
 */
export type SavedNotice = 'unreadable' | 'dropped' | 'newer-version' | 'not-saving';

export type AppState = {
  answers: QuestionnaireAnswers;
  /** Inputs the user has ticked as already in place, keyed by input id. */
  ticks: Readonly<Record<string, boolean>>;
  /** The review period the user chose, or null to use the result's suggestion. */
  reviewMonths: number | null;
  /** Readiness items ticked as in place, or null until the readiness check is done. */
  readiness: Readonly<Record<string, boolean>> | null;
  /** Answers to the review journey, keyed by question id. */
  review: Readonly<Record<string, readonly string[]>>;
  plan: readonly NamedCode[];
  group: readonly NamedCode[];
  hands: HandsState;
  /** This person's token for their result links, made with their first answer. */
  token: string | null;
  /** The workshop this person joined from a session link. */
  session: Session | null;
  /** The workshop this person runs. */
  facilitating: Facilitating | null;
  /** The two services, optionally named on a shared result. */
  services: { from: string; with: string } | null;
  /** Set when saved answers needed a word on load or save; not saved itself. */
  notice: SavedNotice | null;
  setPicks: (list: PickList, ids: readonly string[]) => void;
  setContext: (questionId: string, optionId: string) => void;
  setTick: (inputId: string, ticked: boolean) => void;
  setReviewMonths: (months: number | null) => void;
  setReadiness: (readiness: Readonly<Record<string, boolean>> | null) => void;
  setReviewAnswer: (questionId: string, optionIds: readonly string[]) => void;
  replaceReview: (answers: Readonly<Record<string, readonly string[]>>) => void;
  setPlan: (plan: readonly NamedCode[]) => void;
  setGroup: (group: readonly NamedCode[]) => void;
  setHands: (hands: HandsState) => void;
  setSession: (session: Session | null) => void;
  setFacilitating: (session: Facilitating | null) => void;
  setServices: (services: { from: string; with: string } | null) => void;
  /** Clears the questionnaire's answers, ticks and token (not the plan, group or review), to start afresh. */
  clearAnswers: () => void;
  /** Puts back what clearAnswers removed, for an undo. */
  restore: (snapshot: Snapshot) => void;
  replaceAnswers: (answers: QuestionnaireAnswers, ticks?: Readonly<Record<string, boolean>>) => void;
  dismissNotice: () => void;
};

/** What clearing the answers removes, so it can be undone. */
export type Snapshot = Pick<AppState, 'answers' | 'ticks' | 'reviewMonths' | 'readiness' | 'token' | 'services'>;

const emptyAnswers: QuestionnaireAnswers = { goals: [], outputs: [], context: {} };

type Persisted = Pick<
  AppState,
  | 'answers'
  | 'ticks'
  | 'reviewMonths'
  | 'readiness'
  | 'review'
  | 'plan'
  | 'group'
  | 'hands'
  | 'token'
  | 'session'
  | 'facilitating'
  | 'services'
>;

type CheckContent = { content: Content; readiness: Readiness; review: Review };

const text = (value: string, max: number) => clip(value, max);
const count = (n: number) => (Number.isInteger(n) && n >= 0 ? Math.min(n, MAX_ROOM) : 0);

/**
 * Cleans state read back from storage against the content: unknown answers, ticks and items are
 * dropped, lists are capped, names are cut to length. Returns the state and whether anything
 * had to be dropped, so the app can say so.
 */
export function cleanSaved(check: CheckContent, saved: SavedState): { state: Persisted; dropped: boolean } {
  const { content, readiness, review } = check;
  let dropped = false;
  const drop = <T>(kept: T[], all: readonly unknown[]): T[] => {
    if (kept.length !== all.length) dropped = true;
    return kept;
  };

  const goals = parseAnswers(content, { picks: saved.answers.goals, context: saved.answers.context });
  const outputs = parseAnswers(content, { picks: saved.answers.outputs, context: {} });
  if (goals.dropped.length + outputs.dropped.length > 0) dropped = true;
  const goalIds = new Set(content.goals.statements.map((s) => s.id));
  const answers: QuestionnaireAnswers = {
    goals: goals.answers.picks.filter((id) => goalIds.has(id)),
    outputs: outputs.answers.picks.filter((id) => !goalIds.has(id)),
    context: goals.answers.context,
  };
  if (answers.goals.length !== goals.answers.picks.length || answers.outputs.length !== outputs.answers.picks.length) dropped = true;

  const inputIds = new Set(content.ways.flatMap((w) => w.inputs.map((i) => i.id)));
  const ticks = Object.fromEntries(
    drop(
      Object.entries(saved.ticks).filter(([id]) => inputIds.has(id)),
      Object.entries(saved.ticks),
    ),
  );

  const itemIds = new Set(readiness.items.map((i) => i.id));
  const savedReadiness = saved.readiness ?? null;
  let readinessTicks: Record<string, boolean> | null = null;
  if (savedReadiness !== null) {
    const known = drop(
      Object.entries(savedReadiness).filter(([id]) => itemIds.has(id)),
      Object.entries(savedReadiness),
    );
    // A check whose every item is unknown was never really done here: it must not move the start.
    readinessTicks = known.length > 0 ? Object.fromEntries(known) : null;
  }

  const reviewAnswers: Record<string, string[]> = {};
  for (const [q, ids] of Object.entries(saved.review ?? {})) {
    const question = review.questions.find((x) => x.id === q);
    const kept = ids.filter((id) => question?.options.some((o) => o.id === id) === true);
    if (kept.length !== ids.length) dropped = true;
    if (kept.length > 0) reviewAnswers[q] = question?.multiple === true ? kept : kept.slice(0, 1);
  }

  const codes = (list: readonly { name: string; code: string }[], max: number, maxName: number) =>
    drop(list.filter((item) => decodeResult(content, item.code).ok).slice(0, max), list).map((item) => ({
      name: text(item.name, maxName),
      code: item.code,
    }));

  const hands = saved.hands ?? emptyHands;
  const handsClean: HandsState = {
    people: count(hands.people),
    picks: Object.fromEntries(
      drop(
        Object.entries(hands.picks).filter(([id]) => goalIds.has(id)),
        Object.entries(hands.picks),
      ).map(([id, n]) => [id, count(n)]),
    ),
    context: Object.fromEntries(
      Object.entries(hands.context).flatMap(([q, options]) => {
        const question = content.context.questions.find((x) => x.id === q);
        if (question === undefined) {
          dropped = true;
          return [];
        }
        const kept = Object.entries(options).filter(([o]) => question.options.some((x) => x.id === o));
        if (kept.length !== Object.keys(options).length) dropped = true;
        return [[q, Object.fromEntries(kept.map(([o, n]) => [o, count(n)]))]];
      }),
    ),
  };

  const months = saved.reviewMonths;
  const facilitating = saved.facilitating ?? null;
  const session = saved.session ?? null;
  const services = saved.services ?? null;
  const state: Persisted = {
    answers,
    ticks,
    // An out-of-range review period is dropped quietly: the result's own suggestion is a safe default.
    reviewMonths: months != null && Number.isInteger(months) && months >= 1 && months <= 36 ? months : null,
    readiness: readinessTicks,
    review: reviewAnswers,
    plan: codes(saved.plan ?? [], MAX_ACTIVITIES, MAX_ACTIVITY_NAME),
    group: codes(saved.group ?? [], MAX_PARTICIPANTS, MAX_PARTICIPANT_NAME),
    hands: handsClean,
    token: saved.token != null && TOKEN_PATTERN.test(saved.token) ? saved.token : null,
    session:
      session === null ? null : { name: text(session.name, MAX_WORKSHOP_NAME), destination: text(session.destination, MAX_DESTINATION) },
    facilitating:
      facilitating === null
        ? null
        : {
            name: text(facilitating.name, MAX_WORKSHOP_NAME),
            destination: text(facilitating.destination, MAX_DESTINATION),
            facilitator: text(facilitating.facilitator, MAX_SESSION_NAME),
          },
    services: services === null ? null : { from: text(services.from, MAX_SERVICE_NAME), with: text(services.with, MAX_SERVICE_NAME) },
  };
  // Read `dropped` only now: cleaning the plan and group above can set it.
  return { state, dropped };
}

/** What a stored value holds: state to use, or why it cannot be used. */
export function readSaved(check: CheckContent, value: unknown): { state: Persisted; notice: SavedNotice | null } | { notice: SavedNotice } {
  const envelope = SavedEnvelope.safeParse(value);
  if (!envelope.success) return { notice: 'unreadable' };
  if (envelope.data.version > SAVED_STATE_VERSION) return { notice: 'newer-version' };
  // Version 1 has the same shape minus the fields version 2 added, all optional: no migration needed.
  const saved = SavedState.safeParse(envelope.data.state);
  if (!saved.success) return { notice: 'unreadable' };
  const cleaned = cleanSaved(check, saved.data);
  return { state: cleaned.state, notice: cleaned.dropped ? 'dropped' : null };
}

/**
 * Browser storage that validates what it reads back and reports what it cannot write. Storage
 * can be missing or throw (private browsing, a full quota, blocked by policy): then answers
 * live for this page only, the app says so once, and nothing crashes. State saved by a newer
 * version is never overwritten.
 */
function validatingStorage(
  check: CheckContent,
  storage: () => Storage | undefined,
  onNotice: (n: SavedNotice) => void,
): PersistStorage<Persisted> {
  let readOnly = false;
  const attempt = <T>(fn: (s: Storage) => T): { ok: true; value: T } | { ok: false } => {
    try {
      const s = storage();
      if (s === undefined) return { ok: false };
      return { ok: true, value: fn(s) };
    } catch {
      return { ok: false };
    }
  };
  return {
    getItem: (name) => {
      const raw = attempt((s) => s.getItem(name));
      if (!raw.ok || raw.value === null) return null;
      let value: unknown;
      try {
        value = JSON.parse(raw.value);
      } catch {
        value = undefined;
      }
      const read = readSaved(check, value);
      if (!('state' in read)) {
        if (read.notice === 'newer-version') readOnly = true;
        else attempt((s) => s.removeItem(name));
        onNotice(read.notice);
        return null;
      }
      if (read.notice !== null) onNotice(read.notice);
      return { version: SAVED_STATE_VERSION, state: read.state } satisfies StorageValue<Persisted>;
    },
    setItem: (name, value) => {
      if (readOnly) return;
      const written = attempt((s) => s.setItem(name, JSON.stringify(value)));
      if (!written.ok) onNotice('not-saving');
    },
    removeItem: (name) => {
      if (!readOnly) attempt((s) => s.removeItem(name));
    },
  };
}

/** A fresh participant token from the browser's cryptographic random numbers. */
export function randomToken(): string {
  const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
  const bytes = new Uint8Array(5);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => alphabet[b % 32]).join('');
}

export type StoreOptions = {
  storage?: () => Storage | undefined;
  makeToken?: () => string;
  readiness?: Readiness;
  review?: Review;
};

/** Creates the app's store. Tests pass their own content, storage and token maker. */
export function createAppStore(content: Content, options: StoreOptions = {}): StoreApi<AppState> & { rehydrate: () => void } {
  const storage = options.storage ?? (() => globalThis.localStorage);
  const makeToken = options.makeToken ?? randomToken;
  const check: CheckContent = { content, readiness: options.readiness ?? readinessContent, review: options.review ?? reviewContent };
  const created: { store?: StoreApi<AppState> } = {};
  let pendingNotice: SavedNotice | null = null;
  const notify = (n: SavedNotice) => {
    const store = created.store;
    if (store === undefined) pendingNotice = n;
    // Say it once: a notice already showing, or dismissed for this page, is not repeated.
    else if (store.getState().notice === null && !said.has(n)) store.setState({ notice: n });
    said.add(n);
  };
  const said = new Set<SavedNotice>();
  const withToken = (s: AppState) => ({ token: s.token ?? makeToken() });

  const store = createStore<AppState>()(
    persist(
      (set) => ({
        answers: emptyAnswers,
        ticks: {},
        reviewMonths: null,
        readiness: null,
        review: {},
        plan: [],
        group: [],
        hands: emptyHands,
        token: null,
        session: null,
        facilitating: null,
        services: null,
        notice: null,
        setPicks: (list, ids) => set((s) => ({ ...withToken(s), answers: { ...s.answers, [list]: [...new Set(ids)] } })),
        setContext: (questionId, optionId) =>
          set((s) => ({ ...withToken(s), answers: { ...s.answers, context: { ...s.answers.context, [questionId]: optionId } } })),
        setTick: (inputId, ticked) => set((s) => ({ ticks: { ...s.ticks, [inputId]: ticked } })),
        setReviewMonths: (months) => set({ reviewMonths: months }),
        setReadiness: (readiness) => set({ readiness }),
        setReviewAnswer: (questionId, optionIds) => set((s) => ({ review: { ...s.review, [questionId]: [...optionIds] } })),
        replaceReview: (review) => set({ review }),
        setPlan: (plan) =>
          set({ plan: plan.slice(0, MAX_ACTIVITIES).map((a) => ({ name: text(a.name, MAX_ACTIVITY_NAME), code: a.code })) }),
        setGroup: (group) =>
          set({ group: group.slice(0, MAX_PARTICIPANTS).map((g) => ({ name: text(g.name, MAX_PARTICIPANT_NAME), code: g.code })) }),
        setHands: (hands) => set({ hands }),
        setSession: (session) => set({ session }),
        setFacilitating: (facilitating) => set({ facilitating }),
        setServices: (services) => set({ services }),
        clearAnswers: () => set({ answers: emptyAnswers, ticks: {}, reviewMonths: null, readiness: null, token: null, services: null }),
        restore: (snapshot) => set(snapshot),
        replaceAnswers: (answers, ticks) => set((s) => ({ ...withToken(s), answers, ticks: ticks ?? s.ticks })),
        dismissNotice: () => set({ notice: null }),
      }),
      {
        name: STORAGE_KEY,
        version: SAVED_STATE_VERSION,
        storage: validatingStorage(check, storage, notify),
        partialize: (s): Persisted => ({
          answers: s.answers,
          ticks: s.ticks,
          reviewMonths: s.reviewMonths,
          readiness: s.readiness,
          review: s.review,
          plan: s.plan,
          group: s.group,
          hands: s.hands,
          token: s.token,
          session: s.session,
          facilitating: s.facilitating,
          services: s.services,
        }),
      },
    ),
  );
  created.store = store;
  // Hydration from synchronous storage has finished by now; surface any notice once.
  if (pendingNotice !== null) store.setState({ notice: pendingNotice });
  return Object.assign(store, { rehydrate: () => void store.persist.rehydrate() });
}

export const appStore = createAppStore(appContent);

// Two tabs stay in step: when another tab saves, this one reads the answers back.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) appStore.rehydrate();
  });
}

/** The React binding: read a slice of the app's state. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
