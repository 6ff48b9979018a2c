import type { ViewContent } from '../../core/figure/views/content';
import type { ReportedInput } from '../../core/figure/views/reportedInputs';
import type { ReportedView, VersionsView } from '../../core/view/view';

/** Returns a table of reported figures as a view's content; its code loads when a reader first asks for it. */
export async function reportedTableContent(
  view: ReportedView | VersionsView,
  input: ReportedInput,
): Promise<ViewContent> {
  const { reportedTable, versionsTable } = await import('../../core/figure/views/reportedTables');
  return view.view === 'reported'
    ? { kind: 'table', view: 'reported', table: reportedTable(input) }
    : { kind: 'table', view: 'versions', table: versionsTable(view, input) };
}
