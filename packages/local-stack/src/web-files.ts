import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

// The API's own paths never fall back to the app, so an unknown API path stays a JSON 404 as in AWS.
const apiPrefixes = ['/v1/', '/_local/', '/oauth2/'];
const apiPaths = ['/v1', '/openapi.json', '/logout'];
export const isApiPath = (path: string) =>
  apiPaths.includes(path) || apiPrefixes.some((p) => path.startsWith(p));

/**
 * The web app's static files, as CloudFront serves them from S3 in AWS: a file when it exists, else
 * index.html (the app routes `/sager/...` itself). `/config.json` tells the app where to sign in.
 */
export const createWebFiles = (root: string, config: Record<string, unknown>) => {
  const base = normalize(root + sep);
  return async (path: string, res: ServerResponse): Promise<boolean> => {
    if (path === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(config));
      return true;
    }
    const file = normalize(join(base, decodeURIComponent(path)));
    const inside = file.startsWith(base);
    const found = inside && (await stat(file).catch(() => undefined))?.isFile();
    const target = found ? file : join(base, 'index.html');
    const body = await readFile(target).catch(() => undefined);
    if (!body) return false;
    res.writeHead(200, {
      'content-type': types[extname(target)] ?? 'application/octet-stream',
      'cache-control': target.endsWith('index.html') ? 'no-cache' : 'max-age=300',
    });
    res.end(body);
    return true;
  };
};
