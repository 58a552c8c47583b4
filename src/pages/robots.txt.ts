import type { APIRoute } from 'astro';
import { sitePath } from '../lib/site.ts';

// Under a sub-path this file is not where crawlers look (only /robots.txt at the domain's root counts), but the
// sitemap address it names is right for whoever copies it there.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitePath('/sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
