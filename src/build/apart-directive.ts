import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Build: registers `client:apart` (src/islands/lib/hydrate-apart.ts), which Astro inlines into the pages using it. */
export function apartDirective(): AstroIntegration {
  return {
    name: 'co-sell-guide:apart-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'apart',
          entrypoint: fileURLToPath(new URL('../islands/lib/hydrate-apart.ts', import.meta.url)),
        });
      },
    },
  };
}
