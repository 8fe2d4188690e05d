/**
 * scanPage: read the page, and keep re-reading while it is still rendering. A single-page app
 * shows a skeleton first and its terms 750 ms later (fixture 12), so a read with no figure in
 * any label–value pair waits for DOM changes; every change is debounced, and the whole scan
 * stops at a round or time limit so a page that mutates forever cannot hold the tab.
 */
import type { RawExtraction } from '@/lib/model/extraction';
import { type ScanBounds, withDefaults } from './bounds';
import { readOnce } from './read';
import { hasDigit } from './text-kind';

/** How long a body of text kept invisible may be waited for (see revealPending). */
const REVEAL_WAIT_MS = 1200;

/**
 * A body of text kept invisible by its own inline style until a script reveals it: a WeChat
 * article's #js_content starts "visibility: hidden; opacity: 0" and is shown a moment after load,
 * while the page's header, with its date and read count, already pairs figures.
 */
function revealPending(doc: Document): boolean {
  for (const el of doc.querySelectorAll<HTMLElement>('[style*="visibility"], [style*="opacity"]')) {
    const hidden = el.style.visibility === 'hidden' || el.style.opacity === '0';
    if (hidden && el.textContent.trim().length > 200) return true;
  }
  return false;
}

/**
 * A template's variables still unfilled ("$contractTemplateAttribute.loanAmount$ 元", "{{ loan.amount
 * }}", "${loan.rate}"): the page's script has yet to put the figures in. Waited for a while only,
 * since a broken page may show them for good.
 */
const PLACEHOLDER = /\$[A-Za-z_][\w.]*\$|\{\{\s*[A-Za-z_$][\w.$]*\s*\}\}|[$#]\{[A-Za-z_][\w.]*\}/;
const PLACEHOLDER_WAIT_MS = 2000;

/**
 * A skeleton still on screen (Nuxt's <ClientOnly> fallback, el-skeleton, van-skeleton, ant-skeleton,
 * Bootstrap's placeholder-glow): grey bars where figures are about to be. Waited for a while only,
 * since a page may leave one for good.
 */
const SKELETON = '[class*="skeleton"], .placeholder-glow, .placeholder-wave';
const SKELETON_WAIT_MS = 2000;

function skeletonShown(doc: Document): boolean {
  for (const el of doc.querySelectorAll(SKELETON))
    if (el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0) return true;
  return false;
}

/** A read worth returning: some label carries a figure, and the page does not say it is loading. */
function looksRendered(raw: RawExtraction, doc: Document, elapsedMs: number): boolean {
  if (doc.querySelector('[aria-busy="true"]')) return false;
  if (elapsedMs < SKELETON_WAIT_MS && skeletonShown(doc)) return false;
  if (elapsedMs < REVEAL_WAIT_MS && revealPending(doc)) return false;
  if (elapsedMs < PLACEHOLDER_WAIT_MS && raw.blocks.some((b) => PLACEHOLDER.test(b.text)))
    return false;
  if (
    raw.blocks.some(
      // …or still working its figures out: "额度计算中…" under a banner's "日息低至0.02%", a
      // component's "正在获取借款方案" before its plan arrives (a web component's first render).
      (b) =>
        /正在(?:加载|计算|获取|查询|生成|读取|载入|请求)|(?:加载|计算|获取|查询|生成|载入)中|请稍候|loading…|loading\.\.\./i.test(
          b.text,
        ) && b.text.length < 30,
    )
  )
    return false;
  // A table's headers over empty cells are the skeleton a script is about to fill, not its figures.
  return (
    raw.pairs.some((p) => hasDigit(p.value)) ||
    raw.tables.some((t) => t.rows.some((r) => r.some(hasDigit)))
  );
}

function observeAll(doc: Document, observer: MutationObserver): void {
  const opts: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
  };
  observer.observe(doc, opts);
  const hosts = doc.querySelectorAll('*');
  const limit = Math.min(hosts.length, 20000);
  for (let i = 0; i < limit; i++) {
    const root = hosts[i]?.shadowRoot;
    if (root) observer.observe(root, opts);
  }
}

/** The last read, with the whole scan's time, rounds and partialness. */
function finish(
  raw: RawExtraction,
  started: number,
  truncated: boolean,
  rounds: number,
): RawExtraction {
  return {
    ...raw,
    stats: {
      ...raw.stats,
      elapsedMs: Math.round((performance.now() - started) * 100) / 100,
      truncated,
      rounds,
    },
  };
}

export async function scanPage(doc: Document, options?: ScanBounds): Promise<RawExtraction> {
  const bounds = withDefaults(options);
  const started = performance.now();
  let raw = readOnce(doc, bounds);
  let rounds = 1;
  let truncated = raw.stats.truncated;
  const view = doc.defaultView;
  if (!view || typeof MutationObserver === 'undefined') return raw;
  const outOfBounds = (): boolean =>
    performance.now() - started >= bounds.maxTotalMs || rounds >= bounds.maxRounds;
  // No re-read is allowed (one round, or the time is spent): watching the page would be wasted.
  if (outOfBounds()) return finish(raw, started, truncated, rounds);

  // An object, not a let: the observer callback sets it behind the loop's back.
  const changes = { dirty: false };
  let changedLastRound = false;
  const observer = new MutationObserver(() => {
    changes.dirty = true;
  });
  observeAll(doc, observer);
  // A same-origin iframe that finishes loading changes what is rendered without a mutation here.
  const frames = [...doc.querySelectorAll('iframe, frame')];
  const onLoad = (): void => {
    changes.dirty = true;
  };
  for (const f of frames) f.addEventListener('load', onLoad);
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => view.setTimeout(resolve, ms));
  try {
    for (;;) {
      if (outOfBounds()) {
        // Still changing when time ran out: what we return may be partial.
        if (changes.dirty || changedLastRound) truncated = true;
        break;
      }
      await sleep(bounds.quietMs);
      changedLastRound = changes.dirty;
      if (changes.dirty) {
        changes.dirty = false;
        raw = readOnce(doc, bounds);
        rounds++;
        truncated = truncated || raw.stats.truncated;
        continue;
      }
      if (looksRendered(raw, doc, performance.now() - started)) break;
    }
  } finally {
    observer.disconnect();
    for (const f of frames) f.removeEventListener('load', onLoad);
  }
  return finish(raw, started, truncated, rounds);
}
