import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeApiTypes } from './api-types.ts';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
const dkfds = new URL('node_modules/dkfds/dist/', root);

/**
 * Builds the web app into `dist/`: the bundle, index.html and Det Fælles Designsystem's CSS, fonts and
 * icons (served from the app itself: no CDN). `pnpm dev` and the browser tests call this.
 */
export const buildWeb = async () => {
  await writeApiTypes();
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  await build({
    entryPoints: [fileURLToPath(new URL('src/main.tsx', root))],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outfile: fileURLToPath(new URL('app.js', dist)),
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  await cp(new URL('src/index.html', root), new URL('index.html', dist));
  await cp(new URL('src/app.css', root), new URL('app.css', dist));
  await cp(new URL('css/dkfds.min.css', dkfds), new URL('css/dkfds.min.css', dist), { recursive: true });
  // Only the font formats the stylesheet names for current browsers (woff2, woff) and its fallbacks.
  for (const format of ['woff2', 'woff', 'ttf', 'eot'])
    await cp(
      new URL(`fonts/IBMPlexSans/complete/${format}/`, dkfds),
      new URL(`fonts/IBMPlexSans/complete/${format}/`, dist),
      { recursive: true },
    );
  await cp(new URL('img/', dkfds), new URL('img/', dist), { recursive: true });
  return fileURLToPath(dist);
};

export const bundleBytes = async () => (await readFile(new URL('app.js', dist))).byteLength;

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await buildWeb();
  console.log(`web app built into ${out}`);
}
