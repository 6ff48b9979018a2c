/** Columns of `data/fbi-state-year-incidents.csv`, written by the data build and read by the app. */
export const STATE_YEAR_COLUMNS = ['state_abbr', 'year', 'all_incidents'] as const;
