/** The data package resources the US panel reads. */
export const US_RESOURCES = {
  daily: 'fbi-anti-muslim-daily',
  incidents: 'fbi-anti-muslim-incidents',
} as const;
