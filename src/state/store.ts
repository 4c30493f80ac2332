import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import type { Content } from '../content/schema.ts';
import { content as appContent } from '../content/content.ts';
import { statementIndex } from '../domain/recommend.ts';
import type { QuestionnaireAnswers, PickStep } from '../domain/flow.ts';
import type { PlanActivity } from '../domain/plan.ts';
import { MAX_ACTIVITIES, MAX_NAME_LENGTH } from '../domain/plan.ts';
import type { NamedCode } from '../domain/named-links.ts';

/** A show of hands: counts per statement and per context option, and how many people are in the room. */
export type HandsState = {
  picks: Readonly<Record<string, number>>;
  context: Readonly<Record<string, Readonly<Record<string, number>>>>;
  people: number;
};
const emptyHands: HandsState = { picks: {}, context: {}, people: 0 };
import { SAVED_STATE_VERSION, STORAGE_KEY, SavedEnvelope, SavedState } from './saved-state.ts';

/** Why saved answers could not be used, so the app can say so once. */
export type SavedNotice = 'unreadable' | 'old-version' | 'unknown-answers';

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
  /** Activities saved into a plan. */
  plan: readonly PlanActivity[];
  /** A facilitator's group of participants (optional name and result code each). */
  group: readonly NamedCode[];
  hands: HandsState;
  /** Set when saved answers were discarded on load; not saved itself. */
  notice: SavedNotice | null;
  setPicks: (step: PickStep, ids: readonly string[]) => void;
  setContext: (questionId: string, optionId: string) => void;
  setTick: (inputId: string, ticked: boolean) => void;
  setReviewMonths: (months: number | null) => void;
  setReadiness: (readiness: Readonly<Record<string, boolean>> | null) => void;
  setReviewAnswer: (questionId: string, optionIds: readonly string[]) => void;
  replaceReview: (answers: Readonly<Record<string, readonly string[]>>) => void;
  addActivity: (activity: PlanActivity) => void;
  removeActivity: (index: number) => void;
  replacePlan: (plan: readonly PlanActivity[]) => void;
  setGroup: (group: readonly NamedCode[]) => void;
  setHands: (hands: HandsState) => void;
  /** Clears the questionnaire answers (not the plan or the review), to start another activity. */
  clearAnswers: () => void;
  replaceAnswers: (answers: QuestionnaireAnswers) => void;
  reset: () => void;
  dismissNotice: () => void;
};

const emptyAnswers: QuestionnaireAnswers = { goals: [], outputs: [], context: {} };

/** Why the saved value was rejected, or null when it is usable. */
function checkSaved(content: Content, value: unknown): { state: SavedState } | { notice: SavedNotice } {
  const envelope = SavedEnvelope.safeParse(value);
  if (!envelope.success) return { notice: 'unreadable' };
  // There has only ever been version 1; a later version adds a migration here before checking.
  if (envelope.data.version !== SAVED_STATE_VERSION) return { notice: 'old-version' };
  const saved = SavedState.safeParse(envelope.data.state);
  if (!saved.success) return { notice: 'unreadable' };
  const statements = statementIndex(content);
  const { goals, outputs, context } = saved.data.answers;
  const known =
    [...goals, ...outputs].every((id) => statements.has(id)) &&
    Object.entries(context).every(([q, o]) => content.context.questions.find((x) => x.id === q)?.options.some((x) => x.id === o));
  return known ? { state: saved.data } : { notice: 'unknown-answers' };
}

type Persisted = Pick<AppState, 'answers' | 'ticks' | 'reviewMonths' | 'readiness' | 'review' | 'plan' | 'group' | 'hands'>;

/**
 * Browser storage that validates what it reads back. Storage can be missing or throw (private
 * browsing, a full quota): then answers live for the session only, and nothing crashes.
 */
function validatingStorage(
  content: Content,
  storage: () => Storage | undefined,
  onNotice: (n: SavedNotice) => void,
): PersistStorage<Persisted> {
  const safe = <T>(fn: (s: Storage) => T): T | undefined => {
    try {
      const s = storage();
      return s === undefined ? undefined : fn(s);
    } catch {
      return undefined;
    }
  };
  return {
    getItem: (name) => {
      const raw = safe((s) => s.getItem(name));
      if (raw === undefined || raw === null) return null;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        value = undefined;
      }
      const checked = checkSaved(content, value);
      if ('notice' in checked) {
        safe((s) => s.removeItem(name));
        onNotice(checked.notice);
        return null;
      }
      const months = checked.state.reviewMonths;
      // An out-of-range review period is dropped quietly: the result's own suggestion is a safe default.
      const reviewMonths =
        months !== undefined && months !== null && Number.isInteger(months) && months >= 1 && months <= 36 ? months : null;
      const state: Persisted = {
        answers: checked.state.answers,
        ticks: checked.state.ticks,
        reviewMonths,
        readiness: checked.state.readiness ?? null,
        review: checked.state.review ?? {},
        plan: (checked.state.plan ?? []).slice(0, MAX_ACTIVITIES),
        group: checked.state.group ?? [],
        hands: checked.state.hands ?? emptyHands,
      };
      return { version: SAVED_STATE_VERSION, state } satisfies StorageValue<Persisted>;
    },
    setItem: (name, value) => void safe((s) => s.setItem(name, JSON.stringify(value))),
    removeItem: (name) => void safe((s) => s.removeItem(name)),
  };
}

/** Creates the app's store. Tests pass their own content and storage. */
export function createAppStore(content: Content, storage: () => Storage | undefined = () => globalThis.localStorage) {
  let pendingNotice: SavedNotice | null = null;
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
        notice: null,
        setPicks: (step, ids) => set((s) => ({ answers: { ...s.answers, [step]: [...ids] } })),
        setContext: (questionId, optionId) =>
          set((s) => ({ answers: { ...s.answers, context: { ...s.answers.context, [questionId]: optionId } } })),
        setTick: (inputId, ticked) => set((s) => ({ ticks: { ...s.ticks, [inputId]: ticked } })),
        setReviewMonths: (months) => set({ reviewMonths: months }),
        setReadiness: (readiness) => set({ readiness }),
        setReviewAnswer: (questionId, optionIds) => set((s) => ({ review: { ...s.review, [questionId]: [...optionIds] } })),
        replaceReview: (review) => set({ review }),
        addActivity: (activity) =>
          set((s) => ({
            plan: [...s.plan, { name: activity.name.slice(0, MAX_NAME_LENGTH), code: activity.code }].slice(0, MAX_ACTIVITIES),
          })),
        removeActivity: (index) => set((s) => ({ plan: s.plan.filter((_, i) => i !== index) })),
        replacePlan: (plan) => set({ plan: [...plan] }),
        setGroup: (group) => set({ group: [...group] }),
        setHands: (hands) => set({ hands }),
        clearAnswers: () => set({ answers: emptyAnswers, ticks: {}, reviewMonths: null, readiness: null }),
        replaceAnswers: (answers) => set({ answers }),
        reset: () => set({ answers: emptyAnswers, ticks: {}, reviewMonths: null, readiness: null }),
        dismissNotice: () => set({ notice: null }),
      }),
      {
        name: STORAGE_KEY,
        version: SAVED_STATE_VERSION,
        storage: validatingStorage(content, storage, (n) => {
          pendingNotice = n;
        }),
        partialize: (s): Persisted => ({
          answers: s.answers,
          ticks: s.ticks,
          reviewMonths: s.reviewMonths,
          readiness: s.readiness,
          review: s.review,
          plan: s.plan,
          group: s.group,
          hands: s.hands,
        }),
      },
    ),
  );
  // Hydration from synchronous storage has finished by now; surface any discarded state once.
  if (pendingNotice !== null) store.setState({ notice: pendingNotice });
  return store;
}

export const appStore = createAppStore(appContent);

/** The React binding: read a slice of the app's state. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
