import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { ClaimsPanel } from '../features/claims/ClaimsPanel';
import { MonthlyChartPanel } from '../features/monthly-chart/MonthlyChartPanel';
import { PolicePanel } from '../features/police/PolicePanel';
import { QuotesPanel } from '../features/quotes/QuotesPanel';
import { ReportedComparisons } from '../features/reported/ReportedComparisons';
import { SourcesPanel } from '../features/sources/SourcesPanel';
import { SpikePanel } from '../features/spike/SpikePanel';
import { EventTimeline } from '../features/timeline/EventTimeline';
import { linkedPanel, PANEL_HEADINGS, readPageFrame } from '../link/pageLink';
import type { ViewIssue } from '../link/pageLink';
import { LinkNotice } from '../ui/page/LinkNotice';
import { useReportLinkIssues } from '../ui/page/linkIssues';
import { usePageSlice } from '../ui/page/pageUrl';
import { scrollToPanelWhenReady } from '../ui/page/scrollToPanel';
import { PanelBoundary } from '../ui/PanelBoundary';
import { WhenVisible } from '../ui/WhenVisible';

// The explore panels load in their own chunks when scrolled near, so the first chart never waits for their code.
const UsDailyPanel = lazy(() =>
  import('../features/us-daily/UsDailyPanel').then((m) => ({ default: m.UsDailyPanel })),
);
const NationalComparison = lazy(() =>
  import('../features/national/NationalComparison').then((m) => ({ default: m.NationalComparison })),
);
const LondonMonthlyPanel = lazy(() =>
  import('../features/monthly-chart/LondonMonthlyPanel').then((m) => ({ default: m.LondonMonthlyPanel })),
);
const loadingPanel = (what: string) => (
  <p role="status" className="status">
    Loading {what}…
  </p>
);

/** The dashboard: the reported spike, quotes, events, a recorded series, the national comparison and sources. */
export function App({ client }: { readonly client: QueryClient }) {
  // The panel the address pointed to when the page opened: it loads at once, and the page scrolls to it.
  const [linked] = useState(() => linkedPanel(window.location.search, window.location.hash));
  useEffect(() => (linked === null ? undefined : scrollToPanelWhenReady(PANEL_HEADINGS[linked])), [linked]);
  // A link naming an area loads London's panel too, so that an unknown area is named with the link's other values.
  const [namesArea] = useState(() => new URLSearchParams(window.location.search).has('area'));
  return (
    <QueryClientProvider client={client}>
      <header className="site-header">
        <h1>Backlash</h1>
        <p>
          Hate incidents after trigger events, against honest baselines. It starts from one news story: after
          the London Bridge attack of 3 June 2017, the Metropolitan Police recorded 20 Islamophobic incidents
          in one day.
        </p>
      </header>
      <PageFrameIssues />
      <LinkNotice />
      <main className="layout">
        <div className="main-column">
          <PanelBoundary what="the spike">
            <SpikePanel />
          </PanelBoundary>
          <PanelBoundary what="the police forces' series">
            <PolicePanel />
          </PanelBoundary>
          <PanelBoundary what="the claims">
            <ClaimsPanel />
          </PanelBoundary>
          <PanelBoundary what="the monthly chart">
            <MonthlyChartPanel />
          </PanelBoundary>
          <PanelBoundary what="the national comparison">
            <WhenVisible what="The national comparison" testId="lazy-national" eager={linked === 'national'}>
              <Suspense fallback={loadingPanel('the national comparison')}>
                <NationalComparison />
              </Suspense>
            </WhenVisible>
          </PanelBoundary>
          <PanelBoundary what="the reported comparisons">
            <ReportedComparisons />
          </PanelBoundary>
          <PanelBoundary what="the US daily series">
            <WhenVisible what="The US daily series" testId="lazy-us-daily" eager={linked === 'us'}>
              <Suspense fallback={loadingPanel('the US daily series')}>
                <UsDailyPanel />
              </Suspense>
            </WhenVisible>
          </PanelBoundary>
          <PanelBoundary what="the London series">
            <WhenVisible
              what="The London series"
              testId="lazy-london"
              eager={linked === 'london' || namesArea}
            >
              <Suspense fallback={loadingPanel('the London series')}>
                <LondonMonthlyPanel />
              </Suspense>
            </WhenVisible>
          </PanelBoundary>
          <PanelBoundary what="the timeline">
            <EventTimeline />
          </PanelBoundary>
        </div>
        <div className="side-column">
          <PanelBoundary what="the quotes">
            <QuotesPanel />
          </PanelBoundary>
        </div>
      </main>
      <footer>
        <PanelBoundary what="the sources">
          <SourcesPanel />
        </PanelBoundary>
      </footer>
    </QueryClientProvider>
  );
}

/** Reports the page-wide values of the address that cannot be used; alone, so an address change re-renders nothing else. */
function PageFrameIssues() {
  const issues = usePageSlice(readFrameIssues, (list) => JSON.stringify(list));
  useReportLinkIssues('page', issues);
  return null;
}

/** Returns the page-wide values of an address's query that cannot be used. */
function readFrameIssues(query: string): ViewIssue[] {
  const issues: ViewIssue[] = [];
  readPageFrame(new URLSearchParams(query), (param, value, message, used) =>
    issues.push({ param, value, message, used }),
  );
  return issues;
}
