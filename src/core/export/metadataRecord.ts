import type { ExportColumn, ExportMetadata, ExportTable } from './exportTypes';

/**
 * The metadata of a table as the JSON exports write it: the export's metadata and its columns, keys in the order
 * `metadataRecord` writes them.
 */
export interface MetadataRecord extends ExportMetadata {
  readonly columns: readonly ExportColumn[];
}

/**
 * Returns the metadata of a table as a plain record with a fixed key order (title, subtitle, link, data
 * version and date, sources, caveats, method with every parameter in the method's order, notes, columns),
 * built field by field so that nothing else an input object carries reaches a file.
 */
export function metadataRecord(table: ExportTable): MetadataRecord {
  const m = table.metadata;
  return {
    title: m.title,
    subtitle: m.subtitle,
    link: m.link,
    dataVersion: m.dataVersion,
    dataVersionDate: m.dataVersionDate,
    sources: m.sources.map((s) => ({
      id: s.id,
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      date: s.date,
      licence: s.licence,
      caveats: [...s.caveats],
    })),
    caveats: [...m.caveats],
    method:
      m.method === null
        ? null
        : {
            name: m.method.name,
            label: m.method.label,
            reference: m.method.reference,
            params: { ...m.method.params },
          },
    notes: [...m.notes],
    columns: table.columns.map((c) => ({ name: c.name, description: c.description, unit: c.unit })),
  };
}
