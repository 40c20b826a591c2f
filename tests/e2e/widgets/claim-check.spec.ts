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
