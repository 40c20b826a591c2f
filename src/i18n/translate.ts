/**
 * The translator itself, with no dictionary attached: islands import this (a few hundred
 * bytes) and receive only the messages they need as props, so no client bundle carries the
 * whole dictionary.
 */
import type { UiKey } from './en';

export type Messages = Partial<Record<UiKey, string>>;
export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

export function makeTranslate(messages: Messages): Translate {
  return (key, vars) => {
    const template = messages[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
  };
}
