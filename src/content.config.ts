import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { glossaryTermSchema } from './lib/glossary-schema.ts';

/**
 * Guide pages: one MDX file per locale under content/docs/<locale>/.
 * A wrong frontmatter field fails the build with the file and field named.
 */
const docs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/docs' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    /** Position in the sidebar and in previous/next links. */
    order: z.number().int().nonnegative(),
    /** Date of the source documentation the page is based on (YAML date, YYYY-MM-DD). */
    sourceDate: z.date(),
  }),
});

/** ja/en terms the guide uses, one data file (content/glossary.json); a bad entry fails the build. */
const glossary = defineCollection({
  loader: file('./content/glossary.json'),
  schema: glossaryTermSchema,
});

// The rules editions (content/editions/) are no collection: src/rules/index.ts and the islands' Vite plugin
// (src/build/browser-editions.ts) parse them with their schemas, and a malformed file stops the build.
export const collections = { docs, glossary };
