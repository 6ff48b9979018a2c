import { simpleLines, simpleSplit } from '../simpleCsv';

/** One incident as the simple reader sees it. */
export interface SimpleIncident {
  readonly id: string;
  readonly date: string;
  readonly state: string;
  readonly antiMuslim: boolean;
}

const MON: Record<string, string> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
};

/** Returns `YYYY-MM-DD` for `2001-09-11` or `11-SEP-01` (91..99 are 19xx, 00..20 are 20xx). */
function simpleDate(text: string): string {
  if (/^\d{4}-\d\d-\d\d$/.test(text)) return text;
  const [day, mon, yy] = text.split('-');
  const month = MON[mon ?? ''];
  if (day === undefined || month === undefined || yy === undefined || yy.length !== 2) {
    throw new Error(`simple reader: date ${text}`);
  }
  return `${Number(yy) >= 91 ? '19' : '20'}${yy}-${month}-${day}`;
}

/** Returns each incident of an FBI hate crime CSV (either release) with its date and whether it is anti-Muslim. */
export function simpleFbiIncidents(text: string): SimpleIncident[] {
  const [header = '', ...rows] = simpleLines(text);
  const names = simpleSplit(header).map((name) => name.toLowerCase());
  const [id, date, bias, state] = ['incident_id', 'incident_date', 'bias_desc', 'state_abbr'].map((name) =>
    names.indexOf(name),
  );
  if (
    id === undefined ||
    date === undefined ||
    bias === undefined ||
    state === undefined ||
    Math.min(id, date, bias, state) < 0
  ) {
    throw new Error('simple reader: column missing');
  }
  return rows.map((row) => {
    const fields = simpleSplit(row);
    if (fields.length !== names.length) throw new Error(`simple reader: ${fields.length} fields in ${row}`);
    return {
      id: fields[id] ?? '',
      date: simpleDate(fields[date] ?? ''),
      state: fields[state] ?? '',
      antiMuslim: (fields[bias] ?? '').split(';').includes('Anti-Islamic (Muslim)'),
    };
  });
}

/** Returns date → [anti-Muslim incidents, all incidents] for the days that have any incident. */
export function simpleDailyTallies(incidents: readonly SimpleIncident[]): Map<string, [number, number]> {
  const tallies = new Map<string, [number, number]>();
  for (const incident of incidents) {
    const [muslim, all] = tallies.get(incident.date) ?? [0, 0];
    tallies.set(incident.date, [muslim + (incident.antiMuslim ? 1 : 0), all + 1]);
  }
  return tallies;
}

/** Returns year → anti-Muslim incidents. */
export function simpleYearTotals(incidents: readonly SimpleIncident[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const incident of incidents) {
    if (incident.antiMuslim) totals[incident.date.slice(0, 4)] = (totals[incident.date.slice(0, 4)] ?? 0) + 1;
  }
  return totals;
}
