/** Drives the claim-check widget as a reader would, by keyboard, on the gallery page. */
import { test, expect, type Page } from '@playwright/test';
import { hydrated } from '../support';
import { claimCheckCodec, reviewClaim, CLAIM_IDS } from '../../../src/components/widgets/claim-check/options';
import { formatRatio } from '../../../src/lib/format';
import { renderSteps } from '../../../src/lib/render-steps';
import { translator } from '../../../src/i18n';

const t = translator('en');
const widget = (page: Page) => page.locator('[data-widget="claim-check"]');
/** The verdict badge's words and the factor, worked out with the lib for a claim. */
function expected(id: string) {
  const view = reviewClaim(id);
  const verdict = view.verdict === 'off-by' ? t('claim.verdict.off-by', { factor: formatRatio(view.factorOff, 'en') }) : t(`claim.verdict.${view.verdict}`);
  return { view, verdict, factor: formatRatio(view.factorOff, 'en'), steps: renderSteps(view.steps, 'en', t) };
}

test('keyboard: step through claims, see quote, verdict, factor and steps; state survives reload', async ({ page }) => {
  await page.goto('/widgets/claim-check/');
  const w = await hydrated(widget(page));
  const select = w.getByLabel('Claim to check');
  await select.focus();
  // Arrow keys change a closed <select> on this platform, one claim at a time.
  await page.keyboard.press('ArrowDown');
  const second = expected(CLAIM_IDS[1]!);
  await expect(select).toHaveValue(CLAIM_IDS[1]!);
  await expect(w.locator('[data-value="quote"]')).toHaveText(`“${second.view.quote}”`);
  await expect(w.locator('[data-value="verdict"]')).toContainText(second.verdict);

  const wikipedia = 'wikipedia-10000-times';
  for (let i = 1; i < CLAIM_IDS.indexOf(wikipedia); i += 1) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(wikipedia);
  const wiki = expected(wikipedia);
  await expect(w.locator('[data-value="verdict"]')).toContainText(wiki.verdict); // Off by 7.84×
  await expect(w.locator('[data-value="factor"]')).toHaveText(wiki.factor);
  await expect(w.locator('[data-value="cause"]')).toHaveText(wiki.view.cause);
  const steps = w.locator('[data-value="steps"] li');
  await expect(steps).toHaveCount(wiki.steps.length);
  await expect(steps.last().locator('code')).toHaveText(wiki.steps.at(-1)!.expression);
  const outlet = wiki.view.outlets[0]!;
  await expect(w.getByRole('link', { name: outlet.publisher }).first()).toHaveAttribute('href', `/sources/#${outlet.id}`);
  await expect(page).toHaveURL(new RegExp(`cc\\.claim=${wikipedia}`));

  await page.reload();
  const again = await hydrated(widget(page));
  await expect(again.getByLabel('Claim to check')).toHaveValue(wikipedia);
  await expect(again.locator('[data-value="factor"]')).toHaveText(wiki.factor);
});

test('a meaningless claim shows no factor; the verdict never relies on colour alone', async ({ page }) => {
  await page.goto('/widgets/claim-check/?cc.claim=1808-km-every-second');
  const w = await hydrated(widget(page));
  const meaningless = expected('1808-km-every-second');
  await expect(w.locator('[data-value="verdict"]')).toContainText(meaningless.verdict);
  await expect(w.locator('[data-value="verdict"] .icon')).toHaveText('?');
  await expect(w.locator('[data-value="factor"]')).toHaveCount(0);
});

test('an unknown claim id in the URL falls back to the default with a notice', async ({ page }) => {
  await page.goto(`/widgets/claim-check/?cc.claim=${encodeURIComponent('<img src=x onerror="window.pwned=1">')}`);
  const w = await hydrated(widget(page));
  await expect(w.getByRole('status')).toContainText('cc.claim');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const first = expected(claimCheckCodec.defaults.claim);
  await expect(w.getByLabel('Claim to check')).toHaveValue(claimCheckCodec.defaults.claim);
  await expect(w.locator('[data-value="verdict"]')).toContainText(first.verdict);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the default claim, verdict and factor', async ({ page }) => {
    await page.goto('/widgets/claim-check/');
    const w = widget(page);
    const first = expected(claimCheckCodec.defaults.claim);
    await expect(w.locator('[data-value="quote"]')).toHaveText(`“${first.view.quote}”`);
    await expect(w.locator('[data-value="verdict"]')).toContainText(first.verdict);
    await expect(w.locator('[data-value="factor"]')).toHaveText(first.factor);
    await expect(w.locator('[data-value="steps"] li')).toHaveCount(first.steps.length);
  });
});

test.describe('embed (compact: WordPress frames an embed at 1,000 px at most)', () => {
  const WORDPRESS_MAX_PX = 1000;
  const contentHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

  test('the steps fold under their title, open by keyboard, and every claim fits 1,000 px on a 320 px phone', async ({ page }) => {
    // A short viewport, so the document's scrollHeight is the content's height, not the window's.
    await page.setViewportSize({ width: 320, height: 200 });
    await page.goto('/embed/claim-check/?claim=wikipedia-10000-times');
    await hydrated(page);
    const fold = page.locator('details:has([data-value="steps"])');
    const toggle = fold.locator('summary');
    await expect(toggle).toHaveText('The arithmetic, step by step');
    await expect(page.locator('[data-value="steps"]')).toBeHidden();
    // The verdict and the factor stay in view: 1.02 Pb/s ÷ (100 GB × 8) = 1,275 copies a second; 10,000 ÷ 1,275 ≈ 7.84.
    await expect(page.locator('[data-value="verdict"]')).toContainText('Off by 7.84×');
    await expect(page.locator('[data-value="factor"]')).toBeVisible();
    expect(await contentHeight(page)).toBeLessThanOrEqual(WORDPRESS_MAX_PX);

    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(fold).toHaveJSProperty('open', true);
    const steps = page.locator('[data-value="steps"] li');
    await expect(steps.first()).toBeVisible();
    await expect(steps).toHaveCount(4); // size, in bits, copies a second, the comparison
    await expect(steps.nth(1)).toContainText('800 Gb');
    await expect(steps.nth(2)).toContainText('1,275/s');
    await expect(steps.last()).toContainText('7.84×');
    await expect(page.getByRole('list', { name: 'The arithmetic, step by step' })).toBeVisible();

    // Every claim, folded, fits the frame WordPress allows.
    for (const id of CLAIM_IDS) {
      await page.getByLabel('Claim to check').selectOption(id);
      await expect(page.locator('[data-value="quote"]')).toHaveText(`“${reviewClaim(id).quote}”`);
      if (await fold.evaluate((d) => (d as HTMLDetailsElement).open)) await toggle.click();
      expect(await contentHeight(page), id).toBeLessThanOrEqual(WORDPRESS_MAX_PX);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the folded steps are in the page and open', async ({ page }) => {
      await page.goto('/embed/claim-check/');
      await page.locator('summary', { hasText: 'The arithmetic, step by step' }).click();
      await expect(page.locator('[data-value="steps"] li').first()).toBeVisible();
      await expect(page.locator('[data-value="steps"] li')).toHaveCount(expected(claimCheckCodec.defaults.claim).steps.length);
    });
  });

  test('the widget page keeps its steps in view (no fold)', async ({ page }) => {
    await page.goto('/widgets/claim-check/');
    const w = await hydrated(widget(page));
    await expect(w.locator('details:has([data-value="steps"])')).toHaveCount(0);
    await expect(w.locator('[data-value="steps"] li').first()).toBeVisible();
  });
});
