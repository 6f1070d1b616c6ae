import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { buildWeb } from '@hjemmestotte/web/build';

// Builds the web app and prints what a browser downloads: the app's JavaScript (minified, gzipped) and
// the design system's stylesheet, which every page also loads.
const dist = await buildWeb();
for (const file of ['app.js', 'css/dkfds.min.css', 'app.css']) {
  const raw = await readFile(`${dist}/${file}`);
  const gz = gzipSync(raw, { level: 9 }).byteLength;
  console.log(
    `${file.padEnd(18)} ${(raw.byteLength / 1024).toFixed(1).padStart(7)} KiB  gzip ${(gz / 1024).toFixed(1).padStart(6)} KiB`,
  );
}
