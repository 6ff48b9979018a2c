import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { IncidentFilter } from '../../core/series/incidentCounts';
import type { Incidents } from '../../data/queries/incidents';
import type { ViewIssue } from '../../link/pageLink';
import { useReportLinkIssues } from '../../ui/page/linkIssues';

/**
 * Returns the filter with any state or offence the incident file does not hold replaced by "all", each named in the
 * page's notice: an unknown value never silently filters the chart down to zero.
 */
export function useKnownFilter(filter: IncidentFilter, incidents: UseQueryResult<Incidents>): IncidentFilter {
  const known = useMemo(() => {
    const list = incidents.data?.incidents;
    if (list === undefined) return null;
    return { states: new Set(list.map((i) => i.state)), offences: new Set(list.flatMap((i) => i.offences)) };
  }, [incidents.data]);
  const { checked, issues } = useMemo(() => {
    const found: ViewIssue[] = [];
    let next = filter;
    if (known !== null && filter.state !== null && !known.states.has(filter.state)) {
      found.push({
        param: 'us.state',
        value: filter.state,
        message: 'no such state in the FBI’s incidents',
        used: 'all states',
      });
      next = { ...next, state: null };
    }
    if (known !== null && filter.offence !== null && !known.offences.has(filter.offence)) {
      found.push({
        param: 'us.offence',
        value: filter.offence,
        message: 'no such offence in the FBI’s incidents',
        used: 'all offences',
      });
      next = { ...next, offence: null };
    }
    return { checked: next, issues: found };
  }, [filter, known]);
  useReportLinkIssues('us-filter', issues);
  return checked;
}
