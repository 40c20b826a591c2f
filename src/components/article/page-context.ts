/**
 * What the components placed in articles, lessons and worksheets (Term, Cite, ClaimCard,
 * AnswerKey) take from the page they render on: its locale, the translator for it, and the data
 * in it (dataIn), so on a /ja/ page a glossary popover or a claim card reads in Japanese.
 */
import { byId, dataIn, type LocalisedData } from '../../data';
import { toLocale, translator, type Locale, type Translate } from '../../i18n';

export interface PageContext {
  locale: Locale;
  t: Translate;
  /** Every dataset with its text fields in the page's locale. */
  data: LocalisedData;
}

/** `Astro` (or anything with its currentLocale) → the page's locale, translator and data. */
export function pageContext(astro: { currentLocale?: string | undefined }): PageContext {
  const locale = toLocale(astro.currentLocale);
  return { locale, t: translator(locale), data: dataIn(locale) };
}

/** The props of a component that shows one entry named by its id: <Term id="mimo">, <Cite id="…" />. */
export interface EntryIdProps {
  /** The entry's id in its dataset; an id the dataset does not have fails the build. */
  id: string;
}

/** The datasets whose entries MDX names by id. */
type NamedDataset = 'glossary' | 'sources' | 'claims';

/** The page's context plus the entry of `dataset` that the component's `id` prop names, in the page's locale. */
export function entryOnPage<D extends NamedDataset>(
  astro: { currentLocale?: string | undefined; props: EntryIdProps },
  dataset: D,
): PageContext & { id: string; entry: LocalisedData[D][number] } {
  const context = pageContext(astro);
  const { id } = astro.props;
  const entries: readonly LocalisedData[D][number][] = context.data[dataset];
  return { ...context, id, entry: byId(entries, `${dataset} entry`, id) };
}

/** A new id for a popover: ids must be unique on the whole page, across every component that opens one. */
export function nextPopoverId(locals: App.Locals, prefix: string): string {
  locals.popovers = (locals.popovers ?? 0) + 1;
  return `${prefix}-${locals.popovers}`;
}
