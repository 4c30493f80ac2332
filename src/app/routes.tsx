/*
 * Every page of the tool: its address and its code, loaded when first needed (or ahead, when it
 * is likely next). The same table drives the router in the browser and the prerenderer at build
 * time (prerender.tsx lists the addresses to build), so content stays off the first page.
 */
import { lazy, type ComponentType, type ReactNode } from 'react';
import { JOURNEYS } from '../content/journeys.ts';

type Journey = (typeof JOURNEYS)[number];
// The flow module stays off the first page: this is all the route table needs of it.
const isJourney = (value: string): value is Journey => (JOURNEYS as readonly string[]).includes(value);

type Loader<P> = () => Promise<ComponentType<P>>;
/** Each page's loader, by the module it is in. */
const bySource = new Map<string, (() => Promise<unknown>)[]>();
type Page<P> = ComponentType<P> & { preload: () => Promise<unknown>; loaded: () => boolean; source: string };

/**
 * A page loaded when first shown, which can also be loaded ahead (preload) when it is likely next.
 * `source` names the module its loader imports, so the prerenderer can link that module's code and
 * styles into the page's HTML (a unit test checks the two agree).
 */
function page<P extends object>(source: string, load: Loader<P>): Page<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  let loaded: ComponentType<P> | undefined;
  const once = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      // The other pages in the same module are here too: mark them ready to draw at once.
      for (const sibling of bySource.get(source) ?? []) void sibling();
      return { default: component };
    }));
  bySource.set(source, [...(bySource.get(source) ?? []), once]);
  const Lazy = lazy(once);
  // Once its code is here, the page is drawn directly: React's lazy would still wait a moment
  // (and show nothing) the first time it is drawn, even with the code loaded ahead.
  const Shown = (props: P) => {
    const Loaded = loaded;
    return Loaded === undefined ? <Lazy {...props} /> : <Loaded {...props} />;
  };
  return Object.assign(Shown, { preload: once, loaded: () => loaded !== undefined, source });
}

const explore = () => import('../ui/features/explore/explore-pages.tsx');
const questionnaire = () => import('../ui/features/questionnaire/questionnaire-pages.tsx');
const result = () => import('../ui/features/result/result-pages.tsx');
const handouts = () => import('../ui/features/result/handout-pages.tsx');
const plan = () => import('../ui/features/plan/plan-pages.tsx');
const reviewPages = () => import('../ui/features/review/review-pages.tsx');
const workshop = () => import('../ui/features/workshop/workshop-pages.tsx');
const present = () => import('../ui/features/workshop/present-page.tsx');

export const pages = {
  start: page('src/ui/features/explore/start-page.tsx', () => import('../ui/features/explore/start-page.tsx').then((m) => m.StartPage)),
  explore: page('src/ui/features/explore/explore-pages.tsx', () => explore().then((m) => m.ExplorePage)),
  way: page('src/ui/features/explore/explore-pages.tsx', () => explore().then((m) => m.WayPage)),
  compare: page('src/ui/features/explore/explore-pages.tsx', () => explore().then((m) => m.ComparePage)),
  principles: page('src/ui/features/explore/explore-pages.tsx', () => explore().then((m) => m.PrinciplesPage)),
  about: page('src/ui/features/explore/explore-pages.tsx', () => explore().then((m) => m.AboutPage)),
  accessibility: page('src/ui/features/explore/explore-pages.tsx', () => explore().then((m) => m.AccessibilityPage)),
  notFound: page('src/ui/features/explore/explore-pages.tsx', () => explore().then((m) => m.NotFoundPage)),
  begin: page('src/ui/features/questionnaire/questionnaire-pages.tsx', () => questionnaire().then((m) => m.BeginPage)),
  question: page('src/ui/features/questionnaire/questionnaire-pages.tsx', () => questionnaire().then((m) => m.QuestionPage)),
  check: page('src/ui/features/questionnaire/questionnaire-pages.tsx', () => questionnaire().then((m) => m.CheckPage)),
  resume: page('src/ui/features/questionnaire/questionnaire-pages.tsx', () => questionnaire().then((m) => m.ResumePage)),
  result: page('src/ui/features/result/result-pages.tsx', () => result().then((m) => m.ResultPage)),
  readiness: page('src/ui/features/result/result-pages.tsx', () => result().then((m) => m.ReadinessPage)),
  ownHandout: page('src/ui/features/result/handout-pages.tsx', () => handouts().then((m) => m.OwnHandoutPage)),
  sharedResult: page('src/ui/features/result/result-pages.tsx', () => result().then((m) => m.SharedResultPage)),
  sharedHandout: page('src/ui/features/result/handout-pages.tsx', () => handouts().then((m) => m.SharedHandoutPage)),
  plan: page('src/ui/features/plan/plan-pages.tsx', () => plan().then((m) => m.PlanPage)),
  sharedPlan: page('src/ui/features/plan/plan-pages.tsx', () => plan().then((m) => m.SharedPlanPage)),
  reviewQuestion: page('src/ui/features/review/review-pages.tsx', () => reviewPages().then((m) => m.ReviewQuestionPage)),
  reviewCheck: page('src/ui/features/review/review-pages.tsx', () => reviewPages().then((m) => m.ReviewCheckPage)),
  reviewSummary: page('src/ui/features/review/review-pages.tsx', () => reviewPages().then((m) => m.ReviewSummaryPage)),
  sharedReview: page('src/ui/features/review/review-pages.tsx', () => reviewPages().then((m) => m.SharedReviewPage)),
  workshop: page('src/ui/features/workshop/workshop-pages.tsx', () => workshop().then((m) => m.WorkshopPage)),
  join: page('src/ui/features/workshop/workshop-pages.tsx', () => workshop().then((m) => m.JoinPage)),
  group: page('src/ui/features/workshop/workshop-pages.tsx', () => workshop().then((m) => m.GroupPage)),
  sharedGroup: page('src/ui/features/workshop/workshop-pages.tsx', () => workshop().then((m) => m.SharedGroupPage)),
  hands: page('src/ui/features/workshop/workshop-pages.tsx', () => workshop().then((m) => m.HandsPage)),
  handsResult: page('src/ui/features/workshop/workshop-pages.tsx', () => workshop().then((m) => m.HandsResultPage)),
  sharedHands: page('src/ui/features/workshop/workshop-pages.tsx', () => workshop().then((m) => m.SharedHandsPage)),
  present: page('src/ui/features/workshop/present-page.tsx', () => present().then((m) => m.PresentPage)),
};

export type Params = Readonly<Record<string, string | undefined>>;

export type RouteDef = {
  path: string;
  render: (params: Params) => ReactNode;
  /** Loads the page's code ahead of showing it. */
  preload: () => Promise<unknown>;
  /** Whether the page's code is here, so it can be drawn at once. */
  loaded: () => boolean;
  /** The module holding the page, for the prerenderer. */
  source: string;
  /** The concrete addresses of this route to build as HTML. */
  /** Shown without the site's header and footer (presentation mode). */
  bare?: boolean;
};

const code = (p: { preload: () => Promise<unknown>; loaded: () => boolean; source: string }) => ({
  preload: p.preload,
  loaded: p.loaded,
  source: p.source,
});

const journeyRoute = (p: Params, render: (journey: Journey) => ReactNode): ReactNode => {
  const journey = p['journey'] ?? '';
  return isJourney(journey) ? render(journey) : <pages.notFound />;
};

/** The routes, most specific first. */
export const ROUTES: readonly RouteDef[] = [
  { path: '/', render: () => <pages.start />, ...code(pages.start) },
  { path: '/begin/', render: () => <pages.begin />, ...code(pages.begin) },
  { path: '/ways/', render: () => <pages.explore />, ...code(pages.explore) },
  {
    path: '/ways/:way/',
    render: (p) => <pages.way key={p['way']} wayId={p['way'] ?? ''} />,
    ...code(pages.way),
  },
  { path: '/compare/', render: () => <pages.compare />, ...code(pages.compare) },
  { path: '/principles/', render: () => <pages.principles />, ...code(pages.principles) },
  { path: '/about/', render: () => <pages.about />, ...code(pages.about) },
  { path: '/accessibility/', render: () => <pages.accessibility />, ...code(pages.accessibility) },
  { path: '/resume/', render: () => <pages.resume />, ...code(pages.resume) },
  { path: '/r/', render: () => <pages.sharedResult />, ...code(pages.sharedResult) },
  { path: '/r/handout/', render: () => <pages.sharedHandout />, ...code(pages.sharedHandout) },
  { path: '/plan/', render: () => <pages.plan />, ...code(pages.plan) },
  { path: '/p/', render: () => <pages.sharedPlan />, ...code(pages.sharedPlan) },
  { path: '/c/', render: () => <pages.sharedReview />, ...code(pages.sharedReview) },
  { path: '/review/check/', render: () => <pages.reviewCheck />, ...code(pages.reviewCheck) },
  { path: '/review/summary/', render: () => <pages.reviewSummary />, ...code(pages.reviewSummary) },
  {
    path: '/review/:step/change/',
    render: (p) => <pages.reviewQuestion key={`${p['step']}/change`} stepId={p['step'] ?? ''} fromCheck />,
    ...code(pages.reviewQuestion),
  },
  {
    path: '/review/:step/',
    render: (p) => <pages.reviewQuestion key={p['step']} stepId={p['step'] ?? ''} fromCheck={false} />,
    ...code(pages.reviewQuestion),
  },
  { path: '/workshop/', render: () => <pages.workshop />, ...code(pages.workshop) },
  { path: '/join/', render: () => <pages.join />, ...code(pages.join) },
  { path: '/present/', render: () => <pages.present />, ...code(pages.present), bare: true },
  { path: '/group/', render: () => <pages.group />, ...code(pages.group) },
  { path: '/g/', render: () => <pages.sharedGroup />, ...code(pages.sharedGroup) },
  { path: '/hands/', render: () => <pages.hands />, ...code(pages.hands) },
  { path: '/hands/result/', render: () => <pages.handsResult />, ...code(pages.handsResult) },
  { path: '/h/', render: () => <pages.sharedHands />, ...code(pages.sharedHands) },
  {
    path: '/:journey/check/',
    render: (p) => journeyRoute(p, (j) => <pages.check journey={j} />),
    ...code(pages.check),
  },
  {
    path: '/:journey/result/',
    render: (p) => journeyRoute(p, (j) => <pages.result journey={j} />),
    ...code(pages.result),
  },
  {
    path: '/:journey/readiness/',
    render: (p) => journeyRoute(p, (j) => <pages.readiness journey={j} />),
    ...code(pages.readiness),
  },
  {
    path: '/:journey/handout/',
    render: (p) => journeyRoute(p, (j) => <pages.ownHandout journey={j} />),
    ...code(pages.ownHandout),
  },
  {
    path: '/:journey/:step/change/',
    render: (p) => journeyRoute(p, (j) => <pages.question key={`${p['step']}/change`} journey={j} stepId={p['step'] ?? ''} fromCheck />),
    ...code(pages.question),
  },
  {
    path: '/:journey/:step/',
    render: (p) => journeyRoute(p, (j) => <pages.question key={p['step']} journey={j} stepId={p['step'] ?? ''} fromCheck={false} />),
    ...code(pages.question),
  },
];
