import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type MdastPlugin = Extract<NonNullable<SatteriProcessorOptions['mdastPlugins']>[number], { name: string }>;

/** A root-relative address ('/en/sources/#src-S-01') under `base` ('/co-sell/'); anything else as it is. */
export function underBase(url: string, base: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? base + url.slice(1) : url;
}

/**
 * The Markdown plugin that puts the guide pages' own links (`[S-01](/en/sources/#src-S-01)`) under the base path,
 * so pages keep writing addresses from the site's root whatever sub-path a build is published at.
 */
export function baseLinks(base: string): MdastPlugin {
  return {
    name: 'base-links',
    link(node, ctx) {
      const url = underBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    definition(node, ctx) {
      const url = underBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  };
}
