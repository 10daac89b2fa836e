import { chromium } from 'playwright-core';
import { buildBundle, entries } from './build-bundles.js';

export interface RenderTiming {
  /** The very first mount on a fresh page: module evaluation is done, but nothing is warm yet. */
  coldMs: number;
  /** Median of the following mounts, each into a new React root. */
  medianMs: number;
  mounts: number;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Mounts `<SignIn />` repeatedly in headless Chromium and reports the first and typical times. */
export async function measureSignInRender(mounts = 31): Promise<RenderTiming> {
  const page = await buildBundle({ entry: entries.renderPage, externalReact: false });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const tab = await browser.newPage();
    // Nothing may leave the page: the bundle and its styles are inlined, and no request is expected.
    await tab.route('**/*', (route) => route.abort());
    await tab.setContent(
      '<!doctype html><html lang="en"><head><title>bench</title></head><body></body></html>',
    );
    await tab.addStyleTag({ content: page.css });
    await tab.addScriptTag({ content: page.js, type: 'module' });
    await tab.waitForFunction(() => globalThis.authflowBench !== undefined);
    const times = await tab.evaluate((count) => {
      const bench = globalThis.authflowBench;
      if (!bench) throw new Error('The bench page did not load');
      return Array.from({ length: count }, () => bench.measureFirstRender());
    }, mounts);
    const [cold = 0, ...warm] = times;
    return { coldMs: cold, medianMs: median(warm), mounts: times.length };
  } finally {
    await browser.close();
  }
}
