// /llms.txt (llmstxt.org): every guide page in both languages, each as Markdown (written by src/build/publish.ts
// from the built page) with its description, so assistants and support tools can read the guide.
import type { APIRoute } from 'astro';
import { docsFor, navLink } from '../lib/docs.ts';
import { locales, useTranslations } from '../i18n/index.ts';
import { markdownPath, routePath, sitePath } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => new URL(path, site).href;
  const sections = await Promise.all(
    locales.map(async (locale) => {
      const t = useTranslations(locale);
      const pages = (await docsFor(locale)).map((entry) => {
        const { href, title } = navLink(entry);
        const markdown = sitePath(markdownPath(routePath(href)));
        return `- [${title}](${abs(markdown)}): ${entry.data.description} (${t('page.html')}: ${abs(href)})`;
      });
      return `## ${t('lang.name')} (${locale})\n\n${pages.join('\n')}`;
    }),
  );
  const ja = useTranslations('ja');
  const en = useTranslations('en');
  const text = `# ${ja('site.title')} / ${en('site.title')}\n\n> ${ja('site.tagline')}。${en('site.tagline')}.\n\n${sections.join('\n\n')}\n`;
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
