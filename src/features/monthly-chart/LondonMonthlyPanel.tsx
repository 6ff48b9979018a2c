import { londonArea, londonSpec } from '../../core/figure/views/monthlySpec';
import type { LondonView } from '../../core/view/view';
import { useAreaMonthly } from '../../data/queries/areaMonthly';
import { useDataPackage } from '../../data/queries/dataPackage';
import { useEvents } from '../../data/queries/events';
import { RESOURCES } from '../../data/resources';
import { viewLink } from '../../ui/figure/viewLink';
import { CopyLink } from '../../ui/page/CopyLink';
import { QueryView } from '../../ui/QueryView';
import { LONDON } from '../../core/view/view';
import { useReportLinkIssues } from '../../ui/page/linkIssues';
import { setFrameSetting, useFrameSetting } from '../../ui/page/pageFrame';
import { MonthlySeriesView } from '../../ui/figure/MonthlySeriesView';

/** London's racially or religiously aggravated public-fear offences by month, for London or one borough. */
export function LondonMonthlyPanel() {
  const data = useAreaMonthly(RESOURCES.londonMonthly);
  const events = useEvents();
  const dataPackage = useDataPackage();
  const area = useFrameSetting('area');
  const setArea = (next: string) => setFrameSetting('area', next, 'london');
  const known = data.data === undefined || area === LONDON || data.data.areas.includes(area);
  useReportLinkIssues(
    'london',
    known ? [] : [{ param: 'area', value: area, message: 'no such area in the London series', used: LONDON }],
  );
  return (
    <section aria-labelledby="london-heading" className="panel">
      <h2 id="london-heading">London: racially or religiously aggravated public fear, alarm or distress</h2>
      <CopyLink view={{ view: 'london', area: known ? area : LONDON }} />
      <QueryView what="the London series" query={data} isEmpty={(d) => d.areas.length === 0}>
        {(loaded) => {
          const view: LondonView = { view: 'london', area: londonArea({ view: 'london', area }, loaded) };
          return (
            <>
              <label className="control">
                Area{' '}
                <select value={view.area} onChange={(e) => setArea(e.target.value)}>
                  {loaded.areas.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
              <p className="panel-note warning">
                Not an Islamophobic series: it counts every racially or religiously aggravated public-fear
                offence the Met recorded.
              </p>
              <MonthlySeriesView
                view={view}
                comparableFrom={loaded.comparableFrom}
                spec={londonSpec(view, {
                  ...loaded,
                  events: events.data ?? [],
                  dataVersion: dataPackage.data?.contentHash ?? '',
                  link: viewLink(view),
                })}
              />
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
