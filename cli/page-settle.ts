/**
 * A borrower clicks the toolbar button on a page that has finished showing itself: its dialog
 * opened, its plan filled in. `audit` and the test harness load a page and read it at once, so
 * they wait as a borrower would — until the page's own short timers (a dialog opened 500 ms after
 * load, a plan drawn after a fake request) have fired, or `capMs` has passed (a countdown that
 * re-arms itself every second never ends), and its dialogs have faded in. A page with no pending
 * timer or animation is read at once.
 */
import type { Page } from 'playwright-core';

const TRACKED_MS = 2000;
const instrumented = new WeakSet<Page>();

/** Counts the page's pending timeouts of up to 2 s, from before its first script runs. */
export async function watchPageTimers(page: Page): Promise<void> {
  if (instrumented.has(page)) return;
  instrumented.add(page);
  // A script as text, not a function: Playwright would send a function's source as compiled here,
  // with whatever helpers the compiler wrapped it in, and those are not defined in the page.
  await page.addInitScript({ content: timerCounter(TRACKED_MS) });
}

function timerCounter(tracked: number): string {
  return `(() => {
    const pending = new Set();
    const set = window.setTimeout.bind(window);
    const clear = window.clearTimeout.bind(window);
    window.setTimeout = function (fn, ms, ...args) {
      if (typeof fn !== 'function' || (Number(ms) || 0) > ${String(tracked)}) return set(fn, ms, ...args);
      const id = set(() => {
        pending.delete(id);
        fn(...args);
      }, ms);
      pending.add(id);
      return id;
    };
    window.clearTimeout = function (id) {
      pending.delete(id);
      clear(id);
    };
    Object.defineProperty(window, '__loanlensPendingTimers', { get: () => pending.size });
  })();`;
}

/**
 * Waits until no timeout watched by `watchPageTimers` is pending and no animation that ends is
 * still running (a contract dialog fading in over 0.18 s, page 3975: read mid-fade, its text is
 * all but transparent), for at most `capMs`. A spinner's endless animation does not count.
 */
export async function waitForPageTimers(page: Page, capMs = TRACKED_MS): Promise<void> {
  await page
    .waitForFunction(
      () =>
        ((globalThis as unknown as { __loanlensPendingTimers?: number }).__loanlensPendingTimers ??
          0) === 0 &&
        !document
          .getAnimations()
          .some(
            (a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity,
          ),
      undefined,
      { timeout: capMs, polling: 50 },
    )
    .catch(() => undefined);
}
