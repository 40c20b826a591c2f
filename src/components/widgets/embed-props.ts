/** What "Embed this" needs to know about a widget: WidgetActions passes it on to EmbedDialog. */
import type { Messages } from '../../i18n/translate';

export interface EmbedProps {
  id: string;
  /** Widget title: the iframe's accessible name. */
  title: string;
  /** Recommended iframe height in px. */
  height: number;
  /** Absolute URL of /embed/<id>/, without a query. */
  embedUrl: string;
  /** Absolute URL of the sizing script. */
  loaderUrl: string;
  /** Absolute URL of /press/ (figures to quote, how to credit). */
  pressUrl: string;
  /** Prefix of the widget's parameters in this page's URL. */
  prefix: string;
  /** The widget's default state, every parameter written out (freezeState). */
  defaults: string;
  /** The embeds' UI strings ("embed." keys). */
  messages: Messages;
  /** The current state, frozen (e.g. () => urlState.frozenQuery()), for callers that hold the
   * widget's state; without it the state is read from the page URL, which the widget keeps in step. */
  query?: (() => string) | undefined;
}
