/** The one routes file: every view is a URL (see README "Web UI"). */
import { ErrorBoundary, LocationProvider, Route, Router, lazy } from 'preact-iso';
import { Footer } from './components/footer.js';
import { Header } from './components/header.js';
import { SkipLink } from './components/skip-link.js';

const Overview = lazy(() => import('./pages/overview/index.js'));
const Search = lazy(() => import('./pages/search/index.js'));
const Trends = lazy(() => import('./pages/trends/index.js'));
const Item = lazy(() => import('./pages/item/index.js'));
const Meeting = lazy(() => import('./pages/meeting/index.js'));
const Case = lazy(() => import('./pages/case/index.js'));
const NotFound = lazy(() => import('./pages/not-found/index.js'));

export const PATHS = {
  overview: '/',
  search: '/sog',
  trends: '/tendenser',
} as const;

/**
 * After client-side navigation, move focus to the new page's <main> so keyboard and screen-reader users start
 * there (the page's own content may still be loading, so its heading is not a stable target).
 */
function focusMain(): void {
  document.getElementById('main')?.focus({ preventScroll: true });
}

export function App() {
  return (
    // /api/* links (CSV export) are real downloads, never client-side routes.
    <LocationProvider scope={/^\/(?!api\/)/}>
      <SkipLink />
      <Header />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Router onRouteChange={focusMain}>
            <Route path="/" component={Overview} />
            <Route path="/sog" component={Search} />
            <Route path="/tendenser" component={Trends} />
            <Route path="/punkt/:id" component={Item} />
            <Route path="/moede/:id" component={Meeting} />
            <Route path="/sag/:caseNumber+" component={Case} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </main>
      <Footer />
    </LocationProvider>
  );
}
