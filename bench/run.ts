/*
 * `pnpm bench`: sizes of the packages and of the smallest app, the first render time of
 * `<SignIn />` in Chromium, what the proxy adds to AuthFlow calls under load, and how alike failed
 * sign-ins for unknown and existing accounts take. Sizes are
 * deterministic; the times depend on the machine. Exits with 1 when a bundle is over its budget or
 * the proxy misses a goal of `proxyOverheadGoals`.
 */
import { budgets } from './budgets.js';
import { buildBundle, entries } from './build-bundles.js';
import { formatFailureTiming } from './format-failure-timing.js';
import { measureFailureTiming } from './measure-failure-timing.js';
import { measureSignInRender } from './measure-render.js';
import { formatKilobytes, measureSize, type Size } from './measure-size.js';
import { reportProxyOverhead } from './report-proxy-overhead.js';

const rows: { name: string; size: Size; budget?: number }[] = [];

const core = await buildBundle({ entry: entries.core });
rows.push({ name: '@authflow-ui/core (with contract, zustand)', size: measureSize(core.js) });

const react = await buildBundle({ entry: entries.react });
rows.push({
  name: '@authflow-ui/react, every export (with core; React external)',
  size: measureSize(react.js),
});

const minimal = await buildBundle({ entry: entries.minimalApp });
rows.push({
  name: 'Minimal app JS: <AuthProvider><SignIn /></AuthProvider>',
  size: measureSize(minimal.js),
  budget: budgets.minimalAppJsGzip,
});
rows.push({
  name: 'Minimal app, loaded with the first passkey action: passkey code, @simplewebauthn/browser',
  size: measureSize(minimal.lazyJs),
});
rows.push({
  name: 'Minimal app CSS: @authflow-ui/react/styles.css',
  size: measureSize(minimal.css),
  budget: budgets.minimalAppCssGzip,
});

const arabic = await buildBundle({ entry: entries.arabicPack });
rows.push({ name: 'One locale pack: @authflow-ui/react/locales/ar-sa', size: measureSize(arabic.js) });

const width = Math.max(...rows.map((row) => row.name.length));
console.log(
  `${'bundle'.padEnd(width)}  ${'minified'.padStart(9)}  ${'gzip'.padStart(8)}  ${'brotli'.padStart(8)}  budget (gzip)`,
);
for (const { name, size, budget } of rows) {
  const verdict =
    budget === undefined ? '' : `${formatKilobytes(budget)} ${size.gzip <= budget ? 'ok' : 'OVER'}`;
  console.log(
    `${name.padEnd(width)}  ${formatKilobytes(size.raw).padStart(9)}  ${formatKilobytes(size.gzip).padStart(8)}  ${formatKilobytes(size.brotli).padStart(8)}  ${verdict}`,
  );
}

const timing = await measureSignInRender();
console.log(
  `\nFirst render of <SignIn /> in Chromium (render, commit and layout, ${timing.mounts} mounts): ` +
    `median ${timing.medianMs.toFixed(2)} ms, first mount ${timing.coldMs.toFixed(2)} ms`,
);

const overheadGoalsMet = await reportProxyOverhead();

const failureTiming = await measureFailureTiming();
console.log(
  `\nFailure timing through the proxy, as a browser sees it (medians of ${failureTiming.samples} per kind, ms; ` +
    'the mock AuthFlow slowed as the attack pass measured AuthFlow):',
);
for (const line of formatFailureTiming(failureTiming)) console.log(line);

if (rows.some(({ size, budget }) => budget !== undefined && size.gzip > budget)) process.exitCode = 1;
if (!overheadGoalsMet) process.exitCode = 1;
