import type { Page } from 'playwright-core';

/**
 * Every wait of the bench has an end: a screen that changed (a new dialog in the way, a renamed
 * element) fails its step with a message naming what did not happen, instead of hanging the run.
 */

/** How long one bench action may wait for the page (an interaction under a load of 20 takes < 2 s). */
export const STEP_TIMEOUT_MS = 20_000;

export async function within<T>(what: string, work: Promise<T>, ms = STEP_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench: ${what} did not happen within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

const PROMPT = '[data-testid="who-is-working-prompt"]';
/** The prompt's last choice is the secretariat (src/features/members/who-is-working-prompt.tsx). */
const SECRETARIAT_CHOICE = `${PROMPT} .who-prompt__choices > li:last-child > button`;

/**
 * An editable assessment asks "who is working on this device?" before the first change (a modal
 * dialog: the table behind it takes no keys). The bench answers it once per assessment as a user
 * does — "Secretariat (not a member)", remembered on this device — before anything is timed.
 * Call it once the workspace's rows are shown: the prompt renders in the same commit.
 */
export async function answerWhoIsWorking(page: Page): Promise<boolean> {
  if ((await page.locator(PROMPT).count()) === 0) return false;
  await page.locator(SECRETARIAT_CHOICE).click({ timeout: STEP_TIMEOUT_MS });
  await page.locator(PROMPT).waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
  return true;
}

/** Fails the step when a modal dialog is open: an interaction timed behind it would measure nothing real. */
export async function requireNoModal(page: Page, what: string): Promise<void> {
  const open = await page.locator('dialog[open]').count();
  if (open > 0) throw new Error(`bench: a dialog is open over the page before "${what}"`);
}
