// Writes dist/_headers: the site's security headers, with a Content-Security-Policy
// that admits the inline scripts and styles of every built page by hash.
import fs from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy, cspHashes, headersFile } from '../src/lib/headers.ts';

const site = path.resolve(process.argv[2] ?? 'dist');
const script = new Set<string>();
const style = new Set<string>();
const walk = (dir: string) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.html')) {
      const hashes = cspHashes(fs.readFileSync(full, 'utf8'));
      hashes.script.forEach((h) => script.add(h));
      hashes.style.forEach((h) => style.add(h));
    }
  }
};
walk(site);
if (script.size === 0 || style.size === 0) throw new Error('No CSP hashes found in the built pages: is security.csp still on?');
fs.writeFileSync(path.join(site, '_headers'), headersFile(contentSecurityPolicy({ script, style })));
console.log(`Wrote _headers (${script.size} script and ${style.size} style hashes)`);
