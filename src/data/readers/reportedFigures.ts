import type { Source } from '../../core/provenance';
import type { DataReader } from '../dataReader';
import { parseJsonFile } from '../parseDataFile';
import { resolveSources, sourceCatalogue } from '../provenance';
import type { DataPackage } from '../schemas/dataPackage';
import { type ReportedFigures, reportedFiguresFileSchema } from '../schemas/reportedFigures';

/** Reported figures with the source catalogue they cite, so every number can name its sources. */
export interface SourcedReportedFigures extends ReportedFigures {
  readonly sourcesById: ReadonlyMap<string, Source>;
}

const FILE = 'data/reported-figures.json';

/** Returns the reported figures; throws when a figure cites a source the package does not list. */
export async function readReportedFigures(
  dataPackage: DataPackage,
  read: DataReader,
): Promise<SourcedReportedFigures> {
  const figures = parseJsonFile(FILE, await read('reported-figures.json'), reportedFiguresFileSchema);
  const catalogue = sourceCatalogue(dataPackage);
  const cited = [
    ...figures.spikes.flatMap((s) =>
      [...s.versions, ...s.dayVersions, ...s.recordingVersions].flatMap((v) => v.sources),
    ),
    ...figures.comparisons.flatMap((c) => c.sources),
    ...figures.periodComparisons.flatMap((c) => c.sources),
  ];
  resolveSources(catalogue, cited, FILE);
  return { ...figures, sourcesById: catalogue };
}
