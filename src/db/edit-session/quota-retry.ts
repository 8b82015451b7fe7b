/**
 * When the disk is full, writes wait and try again on their own: with a growing delay (2 s up to
 * a minute), when the window gets focus back (the user may have freed space elsewhere) and when
 * another tab changes localStorage (it may have deleted something).
 */

const FIRST_DELAY_MS = 2000;
const LONGEST_DELAY_MS = 60_000;

export class QuotaRetry {
  private delay = FIRST_DELAY_MS;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listening = false;

  constructor(private readonly retry: () => void) {}

  private readonly now = () => {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.retry();
  };

  schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(this.now, this.delay);
    this.delay = Math.min(this.delay * 2, LONGEST_DELAY_MS);
    if (!this.listening && typeof window !== 'undefined') {
      window.addEventListener('focus', this.now);
      window.addEventListener('storage', this.now);
      this.listening = true;
    }
  }

  /** A write went through: space is back, stop waiting. */
  succeeded(): void {
    if (!this.listening && this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.delay = FIRST_DELAY_MS;
    if (this.listening) {
      window.removeEventListener('focus', this.now);
      window.removeEventListener('storage', this.now);
      this.listening = false;
    }
  }
}
