/** Japanese UI strings. The English dictionary must have exactly these keys. */
export const ja = {
  'site.title': 'Co-sell ガイド',
  'site.tagline': 'Microsoft コマーシャル マーケットプレースの共同販売をわかりやすく',
  'lang.name': '日本語',
  'lang.switch': 'English',
  'lang.switchLabel': '言語',
  'nav.skip': '本文へスキップ',
  'nav.main': 'メイン ナビゲーション',
  'page.sourceDate': '出典の日付',
  'footer.disclaimer':
    'このサイトは Microsoft の公式サイトではありません。公開ドキュメントをもとに独自にまとめた解説です。',
  // --- frame (layout, navigation, search, theme) ---
  // --- docs (guide tables and components) ---
  // --- calculator ---
} as const;
