/** Columns of `data/uk-police-monthly.csv`, written by the data build and read by the app. */
export const POLICE_MONTHLY_COLUMNS = ['force', 'month', 'hate_crimes', 'muslim_crimes'] as const;

/** Columns of `data/uk-police-forces.csv`, written by the data build and read by the app. */
export const POLICE_FORCE_COLUMNS = [
  'force',
  'name',
  'population',
  'first_month',
  'last_month',
  'months_missing',
] as const;
