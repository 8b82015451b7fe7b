import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * For a person reviewing messages, not for the assertions: with SCREENSHOTS_DIR set, saves the
 * page at 1366×768 (a common office laptop) under that name, and at 1920×1080 (a desktop screen)
 * with `-1920` added; without it, does nothing. The page is left at 1366×768.
 */
export async function screenshotIfAsked(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOTS_DIR;
  if (!dir) return;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: join(dir, `${name}-1920.png`) });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}
