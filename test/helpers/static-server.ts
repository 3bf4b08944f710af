/**
 * A tiny static file server on 127.0.0.1 (random port) for the browser tests: it serves files
 * under one root, read-only, and a few generated pages.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.cjs': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.ts': 'text/plain',
  '.map': 'application/json',
};

export interface StaticServer {
  base: string;
  close(): Promise<void>;
}

/**
 * Files under this path prefix are the same files with bare import specifiers rewritten by the
 * `bare` map of {@link serveStatic}: module workers do not see a page's import map, so a worker
 * loads the package from here instead.
 */
export const REWRITE_PREFIX = '/__bare/';

const IMPORT_SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"./][^'"]*)\2/g;

/** Rewrites bare specifiers that start with a key of `bare` to the mapped prefix. */
function rewriteBare(text: string, bare: Record<string, string>): string {
  return text.replace(IMPORT_SPECIFIER, (all, head: string, q: string, spec: string) => {
    for (const [from, to] of Object.entries(bare))
      if (spec.startsWith(from)) return `${head}${q}${to}${spec.slice(from.length)}${q}`;
    return all;
  });
}

/**
 * Serves `root` and the given generated pages (path -> HTML) until `close()`. JavaScript under
 * {@link REWRITE_PREFIX} is served with the bare specifiers of `bare` (prefix -> URL prefix)
 * rewritten, the way an import map would resolve them.
 */
export async function serveStatic(
  root: string,
  pages: Record<string, string> = {},
  bare: Record<string, string> = {},
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rewrite = path.startsWith(REWRITE_PREFIX);
    if (rewrite) path = path.slice(REWRITE_PREFIX.length - 1);
    const page = pages[path];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(page);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      const ext = file.slice(file.lastIndexOf('.'));
      res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      const body = readFileSync(file);
      res.end(rewrite && TYPES[ext] === 'text/javascript' ? rewriteBare(body.toString('utf8'), bare) : body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
