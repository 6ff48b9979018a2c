/** The data package resources each view reads. */
export const RESOURCES = {
  usDaily: 'fbi-anti-muslim-daily',
  usIncidents: 'fbi-anti-muslim-incidents',
  usStateYears: 'fbi-state-year-incidents',
  hoMonthly: 'ho-rra-monthly-ew',
  londonMonthly: 'mps-rr-public-fear-monthly',
  policeMonthly: 'uk-police-monthly',
  policeForces: 'uk-police-forces',
} as const;
