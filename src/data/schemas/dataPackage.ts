import { z } from 'zod';
import { isoDayOrMonth } from './common';

/** A source in the catalogue: Frictionless `title`/`path` plus the fields a reader needs to trust it. */
export const sourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  path: z.string().nullable(),
  publisher: z.string().min(1),
  date: isoDayOrMonth,
  licence: z.string().min(1),
  caveats: z.array(z.string()),
});

const licenseSchema = z.object({ name: z.string().min(1), title: z.string().min(1), path: z.string().optional() });

const fieldSchema = z.object({
  name: z.string().min(1),
  type: z.string().min(1),
  description: z.string().optional(),
  constraints: z.record(z.string(), z.unknown()).optional(),
});

/** A raw public file a resource was derived from, with its checksum. */
export const derivedFromSchema = z.object({
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  publishedAt: z.string().min(1),
});

/** One data file of the package. */
export const resourceSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  path: z.string().min(1),
  title: z.string().min(1),
  description: z.string().min(1),
  format: z.enum(['csv', 'json']),
  mediatype: z.string().min(1),
  encoding: z.literal('utf-8'),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
  schema: z.object({ fields: z.array(fieldSchema).min(1) }).optional(),
  sources: z.array(z.object({ id: z.string(), title: z.string(), path: z.string().optional() })).min(1),
  licenses: z.array(licenseSchema).min(1),
  caveats: z.array(z.string()),
  derivedFrom: z.array(derivedFromSchema),
});
export type Resource = z.infer<typeof resourceSchema>;

/** `data/datapackage.json`: a Frictionless Data Package describing every data file and its sources. */
export const dataPackageSchema = z.object({
  profile: z.literal('data-package'),
  name: z.string().min(1),
  title: z.string().min(1),
  description: z.string().min(1),
  sources: z.array(sourceSchema).min(1),
  resources: z.array(resourceSchema).min(1),
});
export type DataPackage = z.infer<typeof dataPackageSchema>;
