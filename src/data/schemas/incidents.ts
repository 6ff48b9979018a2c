/** Columns of `data/fbi-anti-muslim-incidents.csv`, written by the data build and read by the app. */
export const INCIDENT_COLUMNS = [
  'incident_id',
  'date',
  'state_abbr',
  'offense_name',
  'location_name',
  'victim_count',
  'bias_desc',
  'multiple_bias',
] as const;
