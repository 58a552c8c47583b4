// Browser: the `client:apart` directive (registered by src/build/apart-directive.ts). Like client:visible, the
// island loads once it is in sight; unlike it, it hydrates in a task of its own, never in the task that hydrates
// another island whose code arrived with it, nor in the task that evaluated that code: the calculator's questions
// and result are two islands so a phone draws them in two shorter tasks, and the first result an island draws is
// assessed in a task before them (assessAhead in lib/shared.svelte.ts).
import type { ClientDirective } from 'astro';

const apart: ClientDirective = (load, _options, island) => {
  const seen = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    seen.disconnect();
    void load().then((hydrate) => setTimeout(hydrate));
  });
  for (const child of island.children) seen.observe(child);
};

export default apart;

declare global {
  // The augmentation Astro documents for custom directives: its types live in a global namespace.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Astro {
    interface ClientDirectives {
      /** Hydrates once in sight, in a task of its own (src/islands/lib/hydrate-apart.ts). */
      'client:apart'?: boolean;
    }
  }
}
