import { hoSpec } from '../../core/figure/views/monthlySpec';
import type { HoView } from '../../core/view/view';
import { useMonthlySeries } from '../../data/queries/monthlySeries';
import { RESOURCES } from '../../data/resources';
import { useFigureContext } from '../../ui/figure/useFigureContext';
import { CopyLink } from '../../ui/page/CopyLink';
import { QueryView } from '../../ui/QueryView';
import { MonthlySeriesView } from '../../ui/figure/MonthlySeriesView';

const VIEW: HoView = { view: 'ho' };

/** The Home Office monthly series with its trailing twelve-month mean, the events, a tooltip and a data table. */
export function MonthlyChartPanel() {
  const series = useMonthlySeries(RESOURCES.hoMonthly);
  const context = useFigureContext(VIEW);
  return (
    <section aria-labelledby="monthly-heading" className="panel">
      <h2 id="monthly-heading">
        A recorded series: racially or religiously aggravated offences, England and Wales
      </h2>
      <CopyLink view={VIEW} />
      <QueryView
        what="the monthly series"
        reserve={640}
        query={series}
        isEmpty={(s) => s.points.length === 0}
      >
        {(data) => <MonthlySeriesView view={VIEW} spec={hoSpec(VIEW, { ...context, series: data })} />}
      </QueryView>
    </section>
  );
}
