/**
 * A page's "updated" date (its publication date when it has none) is never earlier than any
 * source it cites. A page cites a source through <Cite id="…">, and through the data entries
 * whose figures it shows: <Value fact|link|payload|record|stream="…"> and <ClaimCard id="…">
 * bring their entries' sourceIds with them. (<Value derived="…"> is left out: its inputs are
 * code, not declared ids.) Source dates come from sources.json; a date given only as a month
 * or a year counts as its last day, since the source may be from any day of it.
 * Every expectation is read from the files and the data, never copied into this test.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claims, facts, links, payloads, records, sources, streams } from '../../src/data';

const CONTENT = 'src/content';

/** The last day an ISO date, year-month or year can mean, as YYYY-MM-DD. */
export function latestDay(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (day !== undefined) return iso;
  if (month !== undefined) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return `${year}-${month}-${String(last).padStart(2, '0')}`;
  }
  return `${year}-12-31`;
}

/** The page's own date: `updated`, else `published`, from the frontmatter; undefined if neither. */
export function pageDate(mdx: string): string | undefined {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';
  const field = (name: string) => new RegExp(`^${name}:\\s*['"]?(\\d{4}-\\d{2}-\\d{2})['"]?\\s*$`, 'm').exec(frontmatter)?.[1];
  return field('updated') ?? field('published');
}

const DATA: Record<string, readonly { id: string; sourceIds: readonly string[] }[]> = { fact: facts, link: links, payload: payloads, record: records, stream: streams };

/** Every source id a page cites, directly or through the data entries it shows. */
export function citedSourceIds(mdx: string): string[] {
  const ids = new Set<string>();
  for (const m of mdx.matchAll(/<Cite\b[^>]*\bid=["']([^"']+)["']/g)) ids.add(m[1] ?? '');
  for (const m of mdx.matchAll(/<Value\b([^>]*)\/>/g)) {
    for (const [, kind, id] of (m[1] ?? '').matchAll(/\b(fact|link|payload|record|stream)=["']([^"']+)["']/g)) {
      const entry = DATA[kind ?? '']?.find((e) => e.id === id);
      if (entry === undefined) throw new Error(`<Value ${kind}="${id}"> refers to no entry`);
      for (const sourceId of entry.sourceIds) ids.add(sourceId);
    }
  }
  for (const m of mdx.matchAll(/<ClaimCard\b[^>]*\bid=["']([^"']+)["']/g)) {
    const entry = claims.find((c) => c.id === m[1]);
    if (entry === undefined) throw new Error(`<ClaimCard id="${m[1]}"> refers to no claim`);
    for (const sourceId of [...entry.sourceIds, ...entry.outletSourceIds]) ids.add(sourceId);
  }
  return [...ids];
}

/** Cited sources dated later than the page's date, as "id (date)". */
export function sourcesNewerThanPage(mdx: string): string[] {
  const date = pageDate(mdx);
  if (date === undefined) return [];
  return citedSourceIds(mdx).flatMap((id) => {
    const source = sources.find((s) => s.id === id);
    if (source === undefined) throw new Error(`cites unknown source "${id}"`);
    return source.date !== undefined && latestDay(source.date) > date ? [`${id} (${source.date})`] : [];
  });
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return entry.name.endsWith('.mdx') ? [path] : [];
  });
}

describe('the date rule itself', () => {
  // The newest-dated source in the data, whatever it is when the test runs.
  const newest = sources.filter((s) => s.date !== undefined).sort((a, b) => latestDay(b.date ?? '').localeCompare(latestDay(a.date ?? '')))[0];
  if (newest?.date === undefined) throw new Error('no dated source in sources.json');
  const { id: newestId, date: newestDate } = newest;
  const last = latestDay(newestDate);
  const dayBefore = new Date(Date.parse(`${last}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const page = (updated: string, body: string) => `---\ntitle: 'T'\npublished: 2000-01-01\nupdated: ${updated}\n---\n\n${body}\n`;

  it('reads month and year dates as their last day', () => {
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2026-09')).toBe('2026-09-30');
    expect(latestDay('1999')).toBe('1999-12-31');
    expect(latestDay('2025-05-29')).toBe('2025-05-29');
  });

  it('fails a page updated before a source it cites, and passes it on that source’s date', () => {
    expect(sourcesNewerThanPage(page(dayBefore, `Text<Cite id="${newestId}" />.`))).toEqual([`${newestId} (${newestDate})`]);
    expect(sourcesNewerThanPage(page(last, `Text<Cite id="${newestId}" />.`))).toEqual([]);
  });

  it('counts the sources behind the data a page shows, not only its <Cite> notes', () => {
    const shown = facts.find((f) => f.sourceIds.includes(newestId));
    if (shown === undefined) return; // no fact rests on the newest source; the <Cite> case above still fails
    expect(sourcesNewerThanPage(page(dayBefore, `It is <Value fact="${shown.id}" />.`))).toContain(`${newestId} (${newestDate})`);
  });

  it('falls back to the publication date when there is no update', () => {
    expect(pageDate(`---\npublished: 2025-06-01\n---\n`)).toBe('2025-06-01');
    expect(pageDate(`---\npublished: 2025-06-01\nupdated: 2026-12-02\n---\n`)).toBe('2026-12-02');
  });
});

describe('every dated page under src/content', () => {
  const files = mdxFiles(CONTENT);
  const articles = files.filter((f) => f.includes(`${join(CONTENT, 'articles')}`));

  it('includes the articles, and every article carries a date', () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const file of articles) expect(pageDate(readFileSync(file, 'utf8')), file).toBeDefined();
  });

  for (const file of files) {
    const mdx = readFileSync(file, 'utf8');
    if (pageDate(mdx) === undefined) continue; // lessons and classroom pages carry no date to compare
    it(`${file} is dated no earlier than its newest cited source`, () => {
      expect(citedSourceIds(mdx).length, 'cites no source').toBeGreaterThan(0);
      expect(sourcesNewerThanPage(mdx)).toEqual([]);
    });
  }
});
