import { describe, expect, it } from 'vitest';
import { visibleUrl } from '../../../src/lib/visible-url';

describe('visibleUrl', () => {
  it('is absolute on the configured origin, with its base path', () => {
    expect(visibleUrl('/data/records.json', 'https://petabit.example')).toBe('https://petabit.example/data/records.json');
    expect(visibleUrl('/petabit-explained/data/records.json', 'https://user.github.io')).toBe('https://user.github.io/petabit-explained/data/records.json');
  });
  it('is the path alone when no origin is configured, never a development host', () => {
    expect(visibleUrl('/data/records.json', undefined)).toBe('/data/records.json');
    expect(visibleUrl('/data/records.json', '')).toBe('/data/records.json');
  });
});
