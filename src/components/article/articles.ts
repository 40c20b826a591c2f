/**
 * The articles of a locale's edition, in reading order: the \`articles\` collection, or its
 * Japanese translations (\`articlesJa\`, src/content/articles/ja/). A translation must cover every
 * English article under the same name: a missing one fails the build rather than leaving a gap.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n';

export type ArticleEntry = CollectionEntry<'articles'> | CollectionEntry<'articlesJa'>;

export async function getArticles(locale: Locale = 'en'): Promise<ArticleEntry[]> {
  const english = await getCollection('articles');
  const entries: ArticleEntry[] = locale === 'ja' ? await getCollection('articlesJa') : english;
  const missing = english.filter((article) => !entries.some((entry) => entry.id === article.id)).map((article) => article.id);
  if (missing.length > 0) throw new Error(`No ${locale} translation of the articles ${missing.join(', ')} (src/content/articles/${locale}/)`);
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}
