// Writes dist/_headers: the site's security headers, with a Content-Security-Policy
// that admits the inline scripts and styles of every built page by hash. Each page's own
// policy (its meta tag) is first narrowed to the hashes of what that page runs.
import fs from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy, cspHashes, headersFile, ownHashesOnly } from '../src/lib/headers.ts';

const site = path.resolve(process.argv[2] ?? 'dist');
const script = new Set<string>();
const style = new Set<string>();
const walk = (dir: string) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.html')) {
      const page = fs.readFileSync(full, 'utf8');
      const narrowed = ownHashesOnly(page);
      if (narrowed !== page) {
        // Renamed into place, so that the search index, reading these pages beside this step, never sees half a file.
        fs.writeFileSync(`${full}.tmp`, narrowed);
        fs.renameSync(`${full}.tmp`, full);
      }
      const hashes = cspHashes(narrowed);
      hashes.script.forEach((h) => script.add(h));
      hashes.style.forEach((h) => style.add(h));
    }
  }
};
walk(site);
if (script.size === 0 || style.size === 0) throw new Error('No CSP hashes found in the built pages: is security.csp still on?');
const text = headersFile(contentSecurityPolicy({ script, style }));
// Cloudflare Pages documents 2,000 characters as the longest _headers line it applies; the CSP line grows with
// every inline script, and a failed build is better than a site published without its policy.
const LONGEST_LINE = 2000;
const tooLong = text.split('\n').find((line) => line.length > LONGEST_LINE);
if (tooLong)
  throw new Error(
    `A _headers line is ${tooLong.length} characters, over the ${LONGEST_LINE} Cloudflare Pages reads: ${tooLong.slice(0, 60)}…`,
  );
fs.writeFileSync(path.join(site, '_headers'), text);
console.log(`Wrote _headers (${script.size} script and ${style.size} style hashes)`);
