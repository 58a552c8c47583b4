import { experimental_AstroContainer as AstroContainer } from 'astro/container';

type Renderable = Parameters<AstroContainer['renderToString']>[0];

/**
 * An Astro container that knows the site's locales, so a docs component reads its language from the address of
 * the page it renders on, as it does in the build.
 */
export async function docsContainer() {
  const container = await AstroContainer.create({
    manifest: { i18n: { defaultLocale: 'ja', locales: ['ja', 'en'], strategy: 'pathname-prefix-always' } },
  } as Parameters<typeof AstroContainer.create>[0]);
  return (component: Renderable, lang: 'ja' | 'en', props: Record<string, unknown> = {}) =>
    container.renderToString(component, { props, request: new Request(`https://example.org/${lang}/guide/`) });
}
