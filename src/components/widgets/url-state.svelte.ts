/**
 * Keeps a widget's state in step with the page URL: reads it once the island is mounted
 * (the static HTML always shows the defaults), then writes only non-default values back
 * with history.replaceState. The parsing rules live in src/lib/url-state.ts.
 */
import { freezeState, parseState, serializeState, type StateCodec, type StateNotice } from '../../lib/url-state';

export class UrlState<S extends object> {
  current: S = $state() as S;
  notices: StateNotice[] = $state([]);
  readonly #codec: StateCodec<S>;
  #loaded = false;

  constructor(codec: StateCodec<S>, prefix: string) {
    this.#codec = codec;
    this.current = structuredClone(codec.defaults) as S;
    $effect(() => {
      const snapshot = $state.snapshot(this.current) as S;
      if (!this.#loaded) {
        this.#loaded = true;
        const { state, notices } = parseState(codec, window.location.search, prefix);
        this.current = state;
        this.notices = notices;
        return;
      }
      writeQuery(codec, snapshot, prefix);
    });
  }

  /** The full state as a query string, defaults included, for embed snippets. */
  frozenQuery(): string {
    return freezeState(this.#codec, $state.snapshot(this.current) as S).toString();
  }
}

function writeQuery<S extends object>(codec: StateCodec<S>, state: S, prefix: string): void {
  try {
    const url = new URL(window.location.href);
    for (const key of Object.keys(codec.params)) url.searchParams.delete(prefix + key);
    for (const [key, value] of serializeState(codec, state, prefix)) url.searchParams.set(key, value);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  } catch {
    /* sandboxed frames may refuse history changes; the widget still works */
  }
}
