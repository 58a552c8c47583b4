import { z } from 'astro/zod';

const localized = z.object({ ja: z.string().min(1), en: z.string().min(1) }).strict();

/** One glossary term: the words this guide uses in each locale, and the Japanese variants it avoids. */
export const glossaryTermSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    en: z.string().min(1),
    ja: z.string().min(1),
    note: localized.optional(),
    /** Japanese wordings found in Microsoft's translations that this guide does not use. */
    avoid: z.array(z.string().min(1)).optional(),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
