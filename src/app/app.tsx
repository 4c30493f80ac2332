import { lazy, Suspense } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { isJourney } from '../domain/flow.ts';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { Layout } from '../ui/layout.tsx';
import { NotFoundPage } from '../ui/pages/not-found-page.tsx';
import { StartPage } from '../ui/pages/start-page.tsx';

/*
 * Every page but the start page loads when first opened, so the first download stays small.
 */
const AboutPage = lazy(() => import('../ui/pages/about-page.tsx').then((m) => ({ default: m.AboutPage })));
const CheckPage = lazy(() => import('../ui/pages/check-page.tsx').then((m) => ({ default: m.CheckPage })));
const ComparePage = lazy(() => import('../ui/pages/compare-page.tsx').then((m) => ({ default: m.ComparePage })));
const ExplorePage = lazy(() => import('../ui/pages/explore-page.tsx').then((m) => ({ default: m.ExplorePage })));
const QuestionPage = lazy(() => import('../ui/pages/question-page.tsx').then((m) => ({ default: m.QuestionPage })));
const ResultPage = lazy(() => import('../ui/pages/result-page.tsx').then((m) => ({ default: m.ResultPage })));
const AccessibilityPage = lazy(() => import('../ui/pages/accessibility-page.tsx').then((m) => ({ default: m.AccessibilityPage })));
const ReadinessPage = lazy(() => import('../ui/pages/readiness-page.tsx').then((m) => ({ default: m.ReadinessPage })));
const PlanPage = lazy(() => import('../ui/pages/plan-page.tsx').then((m) => ({ default: m.PlanPage })));
const SharedPlanPage = lazy(() => import('../ui/pages/plan-page.tsx').then((m) => ({ default: m.SharedPlanPage })));
const ReviewQuestionPage = lazy(() => import('../ui/pages/review-pages.tsx').then((m) => ({ default: m.ReviewQuestionPage })));
const ReviewCheckPage = lazy(() => import('../ui/pages/review-pages.tsx').then((m) => ({ default: m.ReviewCheckPage })));
const ReviewSummaryPage = lazy(() => import('../ui/pages/review-pages.tsx').then((m) => ({ default: m.ReviewSummaryPage })));
const SharedReviewPage = lazy(() => import('../ui/pages/review-pages.tsx').then((m) => ({ default: m.SharedReviewPage })));
const PrinciplesPage = lazy(() => import('../ui/pages/principles-page.tsx').then((m) => ({ default: m.PrinciplesPage })));
const WorkshopPage = lazy(() => import('../ui/workshop/workshop-page.tsx').then((m) => ({ default: m.WorkshopPage })));
const PresentPage = lazy(() => import('../ui/workshop/present-page.tsx').then((m) => ({ default: m.PresentPage })));
const GroupPage = lazy(() => import('../ui/workshop/group-page.tsx').then((m) => ({ default: m.GroupPage })));
const SharedGroupPage = lazy(() => import('../ui/workshop/group-page.tsx').then((m) => ({ default: m.SharedGroupPage })));
const HandsStepPage = lazy(() => import('../ui/workshop/hands-page.tsx').then((m) => ({ default: m.HandsStepPage })));
const HandsResultPage = lazy(() => import('../ui/workshop/hands-page.tsx').then((m) => ({ default: m.HandsResultPage })));
const SharedHandsPage = lazy(() => import('../ui/workshop/hands-page.tsx').then((m) => ({ default: m.SharedHandsPage })));
const SharedResultPage = lazy(() => import('../ui/pages/shared-result-page.tsx').then((m) => ({ default: m.SharedResultPage })));
const HandoutPage = lazy(() => import('../ui/pages/handout-page.tsx').then((m) => ({ default: m.HandoutPage })));
const OwnHandoutPage = lazy(() => import('../ui/pages/handout-page.tsx').then((m) => ({ default: m.OwnHandoutPage })));
const WayPage = lazy(() => import('../ui/pages/way-page.tsx').then((m) => ({ default: m.WayPage })));

/*
 * Routes live in the URL's hash (#/ways/coordination), so any static host, in any sub-folder,
 * serves every route from index.html with no rewrite rules, and links survive a reload.
 */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <Layout>
        <Routes />
      </Layout>
    </Router>
  );
}

function Routes() {
  const [location] = useLocation();
  return (
    <ErrorBoundary resetKey={location}>
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Switch>
          <Route path="/">
            <StartPage />
          </Route>
          <Route path="/ways">
            <ExplorePage />
          </Route>
          <Route path="/ways/:way">{(p) => <WayPage key={p.way} wayId={p.way} />}</Route>
          <Route path="/compare">
            <ComparePage />
          </Route>
          <Route path="/about">
            <AboutPage />
          </Route>
          <Route path="/accessibility">
            <AccessibilityPage />
          </Route>
          <Route path="/workshop">
            <WorkshopPage />
          </Route>
          <Route path="/present">
            <PresentPage slide={1} />
          </Route>
          <Route path="/present/:slide">{(p) => <PresentPage slide={Number.parseInt(p.slide, 10) || 1} />}</Route>
          <Route path="/group">
            <GroupPage />
          </Route>
          <Route path="/g/:code">{(p) => <SharedGroupPage key={p.code} code={p.code} />}</Route>
          <Route path="/hands/result">
            <HandsResultPage />
          </Route>
          <Route path="/hands/:step">{(p) => <HandsStepPage key={p.step} index={Math.max(0, Number.parseInt(p.step, 10) || 0)} />}</Route>
          <Route path="/h/:code">{(p) => <SharedHandsPage key={p.code} code={p.code} />}</Route>
          <Route path="/principles">
            <PrinciplesPage />
          </Route>
          <Route path="/plan">
            <PlanPage />
          </Route>
          <Route path="/p/:code">{(p) => <SharedPlanPage key={p.code} code={p.code} />}</Route>
          <Route path="/c/:code">{(p) => <SharedReviewPage key={p.code} code={p.code} />}</Route>
          <Route path="/review/check">
            <ReviewCheckPage />
          </Route>
          <Route path="/review/summary">
            <ReviewSummaryPage />
          </Route>
          <Route path="/review/:step/change">{(p) => <ReviewQuestionPage key={`${p.step}/change`} stepId={p.step} fromCheck />}</Route>
          <Route path="/review/:step">{(p) => <ReviewQuestionPage key={p.step} stepId={p.step} fromCheck={false} />}</Route>
          <Route path="/:journey/readiness">
            {(p) => (isJourney(p.journey) ? <ReadinessPage journey={p.journey} /> : <NotFoundPage />)}
          </Route>
          <Route path="/r/:code">{(p) => <SharedResultPage key={p.code} code={p.code} />}</Route>
          <Route path="/r/:code/handout">{(p) => <HandoutPage key={p.code} code={p.code} backHref={`/r/${p.code}`} />}</Route>
          <Route path="/:journey/result">{(p) => (isJourney(p.journey) ? <ResultPage journey={p.journey} /> : <NotFoundPage />)}</Route>
          <Route path="/:journey/handout">
            {(p) => (isJourney(p.journey) ? <OwnHandoutPage journey={p.journey} /> : <NotFoundPage />)}
          </Route>
          <Route path="/:journey/check">{(p) => (isJourney(p.journey) ? <CheckPage journey={p.journey} /> : <NotFoundPage />)}</Route>
          <Route path="/:journey/:step/change">
            {(p) =>
              isJourney(p.journey) ? (
                <QuestionPage key={`${p.step}/change`} journey={p.journey} stepId={p.step} fromCheck />
              ) : (
                <NotFoundPage />
              )
            }
          </Route>
          <Route path="/:journey/:step">
            {(p) =>
              isJourney(p.journey) ? <QuestionPage key={p.step} journey={p.journey} stepId={p.step} fromCheck={false} /> : <NotFoundPage />
            }
          </Route>
          <Route>
            <NotFoundPage />
          </Route>
        </Switch>
      </Suspense>
    </ErrorBoundary>
  );
}
