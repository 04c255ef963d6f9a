import { z } from "zod";

const unitFields = { code: z.string().regex(/^\d+$/), name: z.string().min(1), type: z.string().min(1) };
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The embedded administrative-unit file (copied from shared/data/admin-units-lao-cai-yen-bai.json). */
export const adminUnitsFileSchema = z.object({
  about: z.string(),
  before: z.object({
    dataDate: z.string(),
    provinces: z.array(
      z.object({
        ...unitFields,
        districts: z.array(z.object({ ...unitFields, communes: z.array(z.object(unitFields)) })),
      }),
    ),
  }),
  after: z.object({
    effective: isoDate,
    province: z.object({ code: z.string(), name: z.string(), communes: z.array(z.object(unitFields)) }),
  }),
  oldToNew: z.record(z.string(), z.array(z.object({ code: z.string(), name: z.string(), confidence: z.string() }))),
  history: z.object({
    about: z.string(),
    editions: z.array(isoDate).min(1),
    units: z.array(
      z.object({
        ...unitFields,
        districtCode: z.string(),
        district: z.string(),
        provinceCode: z.string(),
        firstSeen: isoDate,
        lastSeen: isoDate,
      }),
    ),
  }),
});

/** The parsed administrative-unit file. */
export type AdminUnitsFile = z.infer<typeof adminUnitsFileSchema>;
