import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Source } from '../../core/provenance';
import { type DataReader, fetchReader } from '../dataReader';
import { parseJsonFile } from '../parseDataFile';
import { resolveSources, sourceCatalogue } from '../provenance';
import type { DataPackage } from '../schemas/dataPackage';
import { type Quote, quotesFileSchema } from '../schemas/quotes';
import { dataPackageQueryOptions } from './dataPackage';

/** A quote with its source resolved from the catalogue. */
export type SourcedQuote = Omit<Quote, 'source'> & { readonly source: Source };

const FILE = 'data/quotes.json';

/** Returns the article's quotes, each with its source. */
export async function readQuotes(dataPackage: DataPackage, read: DataReader): Promise<SourcedQuote[]> {
  const { quotes } = parseJsonFile(FILE, await read('quotes.json'), quotesFileSchema);
  const catalogue = sourceCatalogue(dataPackage);
  return quotes.map((quote) => {
    const [source] = resolveSources(catalogue, [quote.source], FILE);
    return { ...quote, source: source as Source };
  });
}

/** Query options for the quotes. */
export const quotesQueryOptions = () =>
  queryOptions({
    queryKey: ['data', 'quotes'],
    queryFn: async ({ client, signal }) =>
      readQuotes(await client.ensureQueryData(dataPackageQueryOptions()), fetchReader(signal)),
    staleTime: Infinity,
  });

/** Returns the query state of the quotes. */
export const useQuotes = () => useQuery(quotesQueryOptions());
