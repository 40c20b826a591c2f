/** Reads the chart colours from the CSS tokens, so charts follow the light/dark theme. */
import type { ThemeColors } from '../../lib/charts';

export function readThemeColors(): ThemeColors {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: token('--text'),
    muted: token('--muted'),
    border: token('--border'),
    surface: token('--surface'),
    series: [token('--chart-1'), token('--chart-2'), token('--chart-3')],
    record: token('--record'),
  };
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
