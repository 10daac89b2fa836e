import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, minify, type Rolldown } from 'vite';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const fromRoot = (path: string) => `${repositoryRoot}${path}`;

/** Packages are read from source, exactly like the tests, Storybook and the demo do. */
const sourceConditions = ['@authflow-ui/source', 'module', 'browser', 'production'];

/**
 * The repository root does not depend on the workspace packages by name; these aliases stand in
 * for the `node_modules` links an app would have.
 */
const workspaceAliases = [
  { find: /^@authflow-ui\/react\/styles\.css$/, replacement: fromRoot('packages/react/src/stylesheet.css') },
  { find: /^@authflow-ui\/ui\/styles\.css$/, replacement: fromRoot('packages/ui/src/styles.css') },
  { find: /^@authflow-ui\/ui$/, replacement: fromRoot('packages/ui/src/index.ts') },
  { find: /^@authflow-ui\/react$/, replacement: fromRoot('packages/react/src/index.ts') },
  { find: /^@authflow-ui\/core$/, replacement: fromRoot('packages/core/src/index.ts') },
];

/** What a host app already ships; the kit's size is measured without it. */
const reactExternals = [/^react($|\/)/, /^react-dom($|\/)/];

export interface BuiltBundle {
  /** Minified JavaScript an app loads up front: every chunk but those only `import()` reaches. */
  js: string;
  /**
   * Chunks reached only through a dynamic `import()` (the passkey library), joined: downloaded
   * when a passkey action runs, never with the page.
   */
  lazyJs: string;
  /** Minified CSS the bundle imports, empty when none. */
  css: string;
}

export interface BundleOptions {
  entry: string;
  /** Leave React out of the bundle, as a library build does. Default `true`. */
  externalReact?: boolean;
}

function collect(output: Rolldown.RolldownOutput): BuiltBundle {
  let js = '';
  let lazyJs = '';
  let css = '';
  for (const file of output.output) {
    if (file.type === 'chunk' && file.isDynamicEntry && !file.isEntry) lazyJs += file.code;
    else if (file.type === 'chunk') js += file.code;
    else if (file.fileName.endsWith('.css')) css += String(file.source);
  }
  return { js, lazyJs, css };
}

/**
 * Vite decides between development and production code (React's JSX transform among others)
 * from `NODE_ENV` when it is already set, and Vitest sets it to `test`.
 */
async function asProduction<T>(run: () => Promise<T>): Promise<T> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await run();
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

/** Builds `entry` as minified ESM with Vite, in memory. */
export async function buildBundle(options: BundleOptions): Promise<BuiltBundle> {
  const result = await asProduction(() =>
    build({
      configFile: false,
      logLevel: 'silent',
      root: repositoryRoot,
      mode: 'production',
      plugins: [react()],
      resolve: { alias: workspaceAliases, conditions: sourceConditions },
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        write: false,
        minify: true,
        cssMinify: true,
        sourcemap: false,
        target: 'es2022',
        lib: { entry: options.entry, formats: ['es'], fileName: 'bundle' },
        cssCodeSplit: false,
        rolldownOptions: {
          external: options.externalReact === false ? [] : reactExternals,
          // An app's entry exports nothing, so code it shares with a lazy chunk stays in the entry;
          // library mode's strict signatures would split that code into a chunk of its own.
          preserveEntrySignatures: 'allow-extension',
        },
      },
    }),
  );
  const outputs = Array.isArray(result) ? result : [result];
  const bundle: BuiltBundle = { js: '', lazyJs: '', css: '' };
  for (const output of outputs) {
    if (!('output' in output)) throw new Error('Vite started a watcher instead of building');
    const part = collect(output);
    bundle.js += part.js;
    bundle.lazyJs += part.lazyJs;
    bundle.css += part.css;
  }
  // Library mode keeps whitespace in ESM output (so downstream bundlers see pure annotations); an
  // app's production build does not, so the bench minifies fully like the app would.
  const minified = await minify('bundle.js', bundle.js, { module: true, compress: true, mangle: true });
  if (minified.errors.length > 0)
    throw new Error(`Minifying the bundle failed: ${minified.errors[0]?.message}`);
  return { js: minified.code, lazyJs: bundle.lazyJs, css: bundle.css };
}

export const entries = {
  core: fromRoot('packages/core/src/index.ts'),
  react: fromRoot('packages/react/src/index.ts'),
  minimalApp: fromRoot('bench/minimal-app.tsx'),
  arabicPack: fromRoot('packages/react/src/locales/ar-sa.ts'),
  renderPage: fromRoot('bench/render-page.tsx'),
} as const;
