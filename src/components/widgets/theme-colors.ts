/** Reads the chart colours from the CSS tokens, so charts follow the light/dark theme. */
import type { ThemeColors } from '../../lib/charts';

/**
 * The colours from the CSS custom property each one follows: read in the browser (below), or
 * as `var(--…)` for the picture drawn at build time (records-chart/picture.server.ts).
 */
export function themeColorsFrom(token: (name: string) => string): ThemeColors {
  return {
    text: token('--text'),
    muted: token('--muted'),
    border: token('--border'),
    surface: token('--surface'),
    series: [token('--chart-1'), token('--chart-2'), token('--chart-3')],
    record: token('--record'),
  };
}

export function readThemeColors(): ThemeColors {
  // The tokens are light-dark() pairs, which a canvas cannot read: a hidden probe's computed
  // colour is the pair resolved for the current theme, as rgb().
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  const token = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const colors = themeColorsFrom(token);
  probe.remove();
  return colors;
}

/** Calls `onChange` when the theme changes (toggle or system setting). Returns a stop function. */
export function watchTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onChange);
  };
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
