import { lazy, Suspense, useEffect, useLayoutEffect } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { parse } from 'regexparam';
import startText from 'virtual:content/start';
import { ErrorBoundary } from '../ui/components/error-boundary.tsx';
import { Layout } from '../ui/components/layout.tsx';
import { setAppName } from '../ui/components/page.tsx';
import { useHydrated } from '../ui/lib/hash.ts';
import { setPreloader } from '../ui/lib/preload.ts';
import { hasSavedState } from '../ui/lib/saved.ts';
import { basePath, relativeHref } from '../ui/lib/urls.ts';
import { setCodeCheck, takeScrollPending, useAppLocation } from './location.ts';
import { pages as lazyPages, ROUTES, type RouteDef } from './routes.tsx';

setAppName(startText.appName);
setPreloader(preloadPath);
setCodeCheck((pathname) => findRoute(pathname.slice(basePath().length) || '/')?.loaded() ?? false);

// The notices need the store, which stays off the first page: they load once the page is up.
const SavedNotices = lazy(() => import('../ui/features/questionnaire/saved-notices.tsx').then((m) => ({ default: m.SavedNotices })));

/** Route patterns parsed once, not on every render (the router matches every route on each navigation). */
type Parsed = { keys: string[] | false; pattern: RegExp };
const parsed = new Map<string, Parsed>();
function cachedParse(route: string, loose?: boolean): Parsed {
  const key = `${loose === true ? 'loose:' : ''}${route}`;
  let found = parsed.get(key);
  if (found === undefined) {
    found = parse(route, loose);
    parsed.set(key, found);
  }
  return found;
}

/** The route an address (relative to the tool's folder) shows, or undefined for an unknown address. */
export function findRoute(path: string): RouteDef | undefined {
  return ROUTES.find((r) => cachedParse(r.path).pattern.test(path));
}

/** Loads the code of the page at an address ahead of time, so going there paints at once. */
export function preloadPath(path: string): void {
  void findRoute(path.replace(/#.*$/, ''))?.preload();
}

/**
 * The app: the router (real addresses under the tool's folder, navigating in transitions), the
 * frame, and the pages. `path` is set when prerendering; `base` is the tool's folder.
 */
export function App({ base, ssrPath }: { base: string; ssrPath?: string }) {
  return (
    <Router
      hook={useAppLocation}
      base={base}
      hrefs={(href: string, router: { base: string }) => relativeHref(href, router.base)}
      {...(ssrPath !== undefined ? { ssrPath } : {})}
    >
      <Frame />
    </Router>
  );
}

/** The event sent once the app has taken over the page. */
export const APP_READY = 'app:ready';

function Frame() {
  const [path] = useLocation();
  const hydrated = useHydrated();
  useLayoutEffect(() => {
    if (takeScrollPending()) window.scrollTo(0, 0);
  }, [path]);
  // Marks the page as running (hydrated or drawn), for the browser tests to wait on rather than
  // sleep, and for the entry to start offline use only then.
  useEffect(() => {
    document.documentElement.dataset['app'] = 'ready';
    window.dispatchEvent(new Event(APP_READY));
  }, []);
  const bare = findRoute(path)?.bare === true;
  return (
    <Layout
      bare={bare}
      path={path}
      appName={startText.appName}
      notices={
        // The start page needs the store only to say something about saved answers.
        hydrated &&
        (path !== '/' || hasSavedState()) && (
          <Suspense fallback={null}>
            <SavedNotices />
          </Suspense>
        )
      }
    >
      <ErrorBoundary resetKey={path}>
        <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
          <Switch>
            {ROUTES.map((r) => (
              <Route key={r.path} path={r.path}>
                {(params) => r.render(params)}
              </Route>
            ))}
            <Route>
              <lazyPages.notFound />
            </Route>
          </Switch>
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
