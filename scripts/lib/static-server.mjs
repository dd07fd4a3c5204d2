// A small static file server for `npm start`, the tests and the benchmark:
// folders serve index.html, missing files 404.html, text is gzipped on request,
// and the headers of public/_headers are applied as a static host would.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest|javascript|atom|rss|x-bibtex|x-research-info-systems))|image\/svg/;

/** Parses the `_headers` format (Netlify/Cloudflare): a path pattern, then indented `Name: value` lines. */
export function parseHeaders(text) {
  const rules = [];
  let current;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: {} };
      rules.push(current);
    } else if (current) {
      const i = line.indexOf(':');
      if (i > 0) current.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

function matches(pattern, urlPath) {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(urlPath);
}

/**
 * Gzips `body`, read from `file`, once per version of the file: the browser tests load the same few
 * hundred pages thousands of times, and level 9 on every answer took a share of the two cores they
 * compete for. A file rewritten in place (a rebuild under a running server) has a new size or time.
 */
function gzipOnce(cache, file, body) {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  const version = stat ? `${stat.size}:${stat.mtimeMs}` : undefined;
  const hit = version && cache.get(file);
  if (hit && hit.version === version) return hit.gzipped;
  const gzipped = zlib.gzipSync(body, { level: 9 });
  if (version) cache.set(file, { version, gzipped });
  return gzipped;
}

export function startServer({ dir = 'dist', port = 0, host = '127.0.0.1', log = false } = {}) {
  const root = path.resolve(dir);
  /** @type {Map<string, { version: string, gzipped: Buffer }>} */
  const gzipped = new Map();
  const headersFile = path.join(root, '_headers');
  const rules = fs.existsSync(headersFile) ? parseHeaders(fs.readFileSync(headersFile, 'utf8')) : [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    let file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root)) file = root;
    let status = 200;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        // The address as requested (still percent-encoded, so any name is a valid header), with one leading
        // slash: `//host/…` in a Location header would send the browser to another host.
        res.writeHead(301, { Location: `/${url.pathname.replace(/^\/+/, '')}/${url.search}` });
        res.end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    if (!fs.existsSync(file) || path.basename(file) === '_headers') {
      status = 404;
      file = path.join(root, '404.html');
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers = { 'Content-Type': type, Vary: 'Accept-Encoding' };
    for (const rule of rules) if (matches(rule.pattern, url.pathname)) Object.assign(headers, rule.headers);
    let body = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.from('Not found');
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipOnce(gzipped, file, body);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    if (log) console.log(status, req.method, url.pathname);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://${host}:${actualPort}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
