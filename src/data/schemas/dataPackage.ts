import * as z from 'zod/mini';
import { isoDayOrMonth, nonEmptyArray, publicationDate, text } from './common';

/** A source in the catalogue: Frictionless `title`/`path` plus the fields a reader needs to trust it. */
export const sourceSchema = z.object({
  id: text(),
  title: text(),
  path: z.nullable(z.string()),
  publisher: text(),
  date: publicationDate,
  licence: text(),
  caveats: z.array(z.string()),
});

const licenseSchema = z.object({ name: text(), title: text(), path: z.optional(z.string()) });

const fieldSchema = z.object({
  name: text(),
  type: text(),
  description: z.optional(z.string()),
  constraints: z.optional(z.record(z.string(), z.unknown())),
});

/** A raw public file a resource was derived from, with its checksum. */
export const derivedFromSchema = z.object({
  path: text(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  publishedAt: text(),
});

/** One data file of the package. */
export const resourceSchema = z.object({
  name: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  path: text(),
  title: text(),
  description: text(),
  format: z.enum(['csv', 'json']),
  mediatype: text(),
  encoding: z.literal('utf-8'),
  hash: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
  bytes: z.int().check(z.positive()),
  schema: z.optional(z.object({ fields: nonEmptyArray(fieldSchema) })),
  sources: nonEmptyArray(z.object({ id: z.string(), title: z.string(), path: z.optional(z.string()) })),
  licenses: nonEmptyArray(licenseSchema),
  caveats: z.array(z.string()),
  derivedFrom: z.array(derivedFromSchema),
  /** First day or month comparable with later ones (a recording change before it): baselines must not reach back past it. */
  comparableFrom: z.optional(isoDayOrMonth),
});
export type Resource = z.infer<typeof resourceSchema>;

/** `data/datapackage.json`: a Frictionless Data Package describing every data file and its sources. */
export const dataPackageSchema = z.object({
  profile: z.literal('data-package'),
  name: text(),
  title: text(),
  description: text(),
  /** The data version: the SHA-256 of the package without this field, so any change to a file or its description changes it. */
  contentHash: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
  sources: nonEmptyArray(sourceSchema),
  resources: nonEmptyArray(resourceSchema),
});
export type DataPackage = z.infer<typeof dataPackageSchema>;
