import type { ExportTable } from './exportTypes';

/** Returns the metadata of a table as a plain record with a fixed key order, for the JSON exports. */
export function metadataRecord(table: ExportTable): Record<string, unknown> {
  const m = table.metadata;
  return {
    title: m.title,
    subtitle: m.subtitle,
    link: m.link,
    dataVersion: m.dataVersion,
    dataVersionDate: m.dataVersionDate,
    method:
      m.method === null
        ? null
        : {
            name: m.method.name,
            label: m.method.label,
            reference: m.method.reference,
            params: m.method.params,
          },
    columns: table.columns.map((c) => ({ name: c.name, description: c.description, unit: c.unit })),
    sources: m.sources.map((s) => ({
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      date: s.date,
      licence: s.licence,
      caveats: s.caveats,
    })),
    caveats: m.caveats,
    notes: m.notes,
  };
}
