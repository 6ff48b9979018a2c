import type { DataReader } from '../dataReader';
import { parseJsonFile } from '../parseDataFile';
import { type DataPackage, dataPackageSchema } from '../schemas/dataPackage';

/** Returns the validated data package (`data/datapackage.json`). */
export async function readDataPackage(read: DataReader): Promise<DataPackage> {
  return parseJsonFile('data/datapackage.json', await read('datapackage.json'), dataPackageSchema);
}
