import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeaders, startServer } from '../../scripts/lib/static-server.mjs';

/**
 * The server `npm start`, the browser lane and the benchmark use: if it served
 * the site differently from a static host, those would test another site.
 */
let root: string;
let outside: string;
let server: { url: string; close: () => Promise<void> };

const files: Record<string, string> = {
  'index.html': '<!doctype html><title>home</title>',
  '404.html': '<!doctype html><title>not found</title>',
  'en/index.html': '<!doctype html><title>en</title>',
  'en/策略/index.html': '<!doctype html><title>chinese folder</title>',
  'site.css': 'p{color:red}',
  'app.js': 'console.log(1)',
  'lib.mjs': 'export {}',
  'data/blueprint.json': '{"a":1}',
  'feed.xml': '<feed/>',
  'robots.txt': 'User-agent: *',
  'data/measures.csv': 'id,text\n1.1,x',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'og.png': '\x89PNG',
  'favicon.ico': 'ico',
  'pagefind/pagefind.wasm': 'wasm',
  'manifest.webmanifest': '{}',
  'unknown.bin': 'bytes',
  'file with space.txt': 'spaced',
  _headers: [
    '# comment line',
    '/*',
    '  X-Content-Type-Options: nosniff',
    "  Content-Security-Policy: default-src 'self'; script-src 'self'",
    '',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
  ].join('\n'),
};

/** A raw request, so that paths reach the server exactly as written (fetch would normalise `/../`). */
function request(pathname: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}) {
  const { hostname, port } = new URL(server.url);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request({ hostname, port, path: pathname, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'static-server-'));
  root = path.join(base, 'site');
  // A sibling whose name starts like the root's: a prefix check alone would let it through.
  outside = path.join(base, 'site-secret');
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'secret');
  fs.mkdirSync(path.join(root, '_astro'), { recursive: true });
  fs.writeFileSync(path.join(root, '_astro', 'page.abc123.js'), 'hashed');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  server = await startServer({ dir: root, port: 0 });
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(path.dirname(root), { recursive: true, force: true });
});

describe('the static server', () => {
  it('listens on a free port when asked for port 0, and says where', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).not.toMatch(/:0\/$/);
  });

  it.each([
    ['/site.css', 'text/css; charset=utf-8'],
    ['/app.js', 'text/javascript; charset=utf-8'],
    ['/lib.mjs', 'text/javascript; charset=utf-8'],
    ['/data/blueprint.json', 'application/json; charset=utf-8'],
    ['/feed.xml', 'application/xml; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/data/measures.csv', 'text/csv; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/og.png', 'image/png'],
    ['/favicon.ico', 'image/x-icon'],
    ['/pagefind/pagefind.wasm', 'application/wasm'],
    ['/manifest.webmanifest', 'application/manifest+json'],
    ['/unknown.bin', 'application/octet-stream'],
    ['/', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (pathname, type) => {
    const res = await request(pathname);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
  });

  it('serves a folder’s index.html at its address with a trailing slash', async () => {
    expect((await request('/en/')).body.toString()).toBe(files['en/index.html']);
  });

  it('redirects a folder’s address without the slash to the one with it, keeping the query', async () => {
    const res = await request('/en?q=fintech');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/en/?q=fintech');
  });

  it('redirects a folder with a name outside ASCII without failing, keeping the address encoded', async () => {
    // A decoded name in the Location header made Node throw, and the request never got an answer.
    const res = await request('/en/%E7%AD%96%E7%95%A5');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/en/%E7%AD%96%E7%95%A5/');
  });

  it('never redirects to another host, however the path is encoded', async () => {
    // `/%2F%2Fevil.example%2F..%2Fen` decodes to a folder; redirecting to the decoded `//evil.example/../en/`
    // would send the browser to evil.example.
    for (const pathname of ['/%2F%2Fevil.example%2F..%2Fen', '/%2Fen', '/%5C%5Cevil.example%2F..%2Fen', '/.//en', '/en/..//en']) {
      const res = await request(pathname);
      expect(res.status, pathname).toBe(301);
      expect(new URL(res.headers.location!, server.url).origin, pathname).toBe(new URL(server.url).origin);
    }
  });

  it('serves files whose names need percent-encoding', async () => {
    expect((await request('/file%20with%20space.txt')).body.toString()).toBe('spaced');
    expect((await request('/en/%E7%AD%96%E7%95%A5/')).body.toString()).toBe(files['en/策略/index.html']);
  });

  it('ignores the query string when finding the file', async () => {
    expect((await request('/site.css?v=2')).body.toString()).toBe(files['site.css']);
  });

  it('answers a missing path with 404 and the site’s 404 page', async () => {
    for (const missing of ['/nope', '/nope/', '/en/nope.html', '/site.css/']) {
      const res = await request(missing);
      expect(res.status, missing).toBe(404);
      expect(res.body.toString(), missing).toBe(files['404.html']);
      expect(res.headers['content-type'], missing).toBe('text/html; charset=utf-8');
    }
  });

  it('never serves the _headers file itself', async () => {
    const res = await request('/_headers');
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('Content-Security-Policy');
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/en/../../secret.txt',
    '/../site-secret/secret.txt',
    '/%2e%2e/site-secret/secret.txt',
    '/..%5csecret.txt',
  ])('refuses to leave its folder for %s', async (pathname) => {
    const res = await request(pathname);
    expect(res.body.toString()).not.toContain('secret');
  });

  it('survives a path that is not valid percent-encoding, and a null byte', async () => {
    expect((await request('/%E0%A4%A')).status).toBeLessThan(500);
    expect((await request('/index.html%00.txt')).status).toBe(404);
    expect((await request('/')).status).toBe(200);
  });

  it('applies the _headers rules whose pattern matches the path, as a static host would', async () => {
    const page = await request('/en/');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['content-security-policy']).toBe("default-src 'self'; script-src 'self'");
    expect(page.headers['cache-control']).toBeUndefined();
    const hashed = await request('/_astro/page.abc123.js');
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers['x-content-type-options']).toBe('nosniff');
  });

  it('applies the _headers rules to the 404 page too', async () => {
    expect((await request('/nope')).headers['content-security-policy']).toBe("default-src 'self'; script-src 'self'");
  });

  it('gzips text for clients that accept it, and says the answer varies with that', async () => {
    const res = await request('/site.css', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(res.body).toString()).toBe(files['site.css']);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
  });

  it('gzips a file once, and serves the new text of a file rewritten while it runs', async () => {
    const gzipped = { headers: { 'Accept-Encoding': 'gzip' } };
    const first = await request('/site.css', gzipped);
    expect((await request('/site.css', gzipped)).body.equals(first.body)).toBe(true);
    const file = path.join(root, 'site.css');
    const longer = `${files['site.css']}\n/* rebuilt */`;
    fs.writeFileSync(file, longer);
    try {
      expect(gunzipSync((await request('/site.css', gzipped)).body).toString()).toBe(longer);
    } finally {
      fs.writeFileSync(file, files['site.css']!);
    }
    expect(gunzipSync((await request('/site.css', gzipped)).body).toString()).toBe(files['site.css']);
  });

  it('sends text uncompressed to clients that do not accept gzip, and never compresses images', async () => {
    expect((await request('/site.css')).headers['content-encoding']).toBeUndefined();
    expect((await request('/og.png', { headers: { 'Accept-Encoding': 'gzip' } })).headers['content-encoding']).toBeUndefined();
    expect((await request('/favicon.svg', { headers: { 'Accept-Encoding': 'gzip' } })).headers['content-encoding']).toBe('gzip');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await request('/en/');
    const head = await request('/en/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
  });
});

describe('a static server over a folder without a 404 page or _headers', () => {
  it('still answers a missing path with 404', async () => {
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'static-server-bare-'));
    fs.writeFileSync(path.join(bare, 'index.html'), 'home');
    const s = await startServer({ dir: bare, port: 0 });
    try {
      const res = await fetch(`${s.url}nope`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-security-policy')).toBeNull();
      expect((await fetch(s.url)).status).toBe(200);
    } finally {
      await s.close();
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });
});

describe('parseHeaders', () => {
  it('reads path patterns and their indented header lines, skipping comments and blank lines', () => {
    expect(parseHeaders(files._headers!)).toEqual([
      {
        pattern: '/*',
        headers: { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'self'; script-src 'self'" },
      },
      { pattern: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    ]);
  });

  it('keeps colons inside values, and ignores header lines before any pattern', () => {
    expect(parseHeaders('  X-Orphan: 1\n/a\n  Link: <https://x/>; rel=preload\n\tTab: yes')).toEqual([
      { pattern: '/a', headers: { Link: '<https://x/>; rel=preload', Tab: 'yes' } },
    ]);
  });

  it('reads files with Windows line endings', () => {
    expect(parseHeaders('/a\r\n  X-A: 1\r\n')).toEqual([{ pattern: '/a', headers: { 'X-A': '1' } }]);
  });
});
