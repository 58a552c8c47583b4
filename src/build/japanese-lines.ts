import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

/** A Markdown (mdast) plugin as the site's processor takes it: a name and a visitor per node type. */
type MdastPlugin = Extract<NonNullable<SatteriProcessorOptions['mdastPlugins']>[number], { name: string }>;

// Japanese is written without spaces, but a line break inside a Markdown paragraph becomes one: Chromium and
// WebKit show it, so a page written one sentence per line would read 「です。 次の」. The break is dropped after
// Japanese punctuation and between two Japanese characters; between Latin words it stays a space.
const japanese = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー`;
const softBreak = new RegExp(String.raw`(?<=[。、！？」』）])\n|(?<=[${japanese}])\n(?=[${japanese}「『（])`, 'gu');

/** Text with the line breaks a Japanese reader should not see as spaces removed. */
export const joinJapaneseLines = (text: string): string => text.replace(softBreak, '');

/** The Markdown plugin that applies joinJapaneseLines to every text node of a page. */
export const japaneseLines: MdastPlugin = {
  name: 'japanese-lines',
  text(node, ctx) {
    const joined = joinJapaneseLines(node.value);
    if (joined !== node.value) ctx.setProperty(node, 'value', joined);
  },
};
