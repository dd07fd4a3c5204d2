// Completes package-lock.json with the platform-specific optional packages the
// registry mirror here lacks (it lags behind for macOS and Windows builds), so
// that `npm ci` accepts the lock file. Each added entry names its os and cpu,
// so npm skips it on other platforms; on those platforms npm fetches it as usual.
//
// Each entry also gets the `integrity` the registry publishes for that version
// (`npm view <name>@<version> dist.integrity`), so `npm ci` on a Mac or Windows
// machine verifies the download as it does every other package. Where the
// registry has no such version the entry stays without it, and the script says
// so: npm then installs whatever the registry serves under that version,
// unverified, and the next run of this script fills the gap. No `resolved` URL
// is written: npm falls back to the configured registry, so a mirror works too.
//
// Run after `npm install` whenever dependencies change: `node scripts/complete-lockfile.mjs`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const packages = lock.packages;

/** os, cpu and libc from a platform package name such as `oxide-linux-arm64-musl`. */
function platformOf(name) {
  const names = {
    darwin: 'darwin',
    linux: 'linux',
    win32: 'win32',
    windows: 'win32',
    freebsd: 'freebsd',
    android: 'android',
    openbsd: 'openbsd',
    sunos: 'sunos',
    aix: 'aix',
    netbsd: 'netbsd',
  };
  const found = Object.keys(names).find((o) => new RegExp(`[-/]${o}-`).test(name));
  const os = found ? names[found] : undefined;
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 's390x', 'ppc64', 'loong64'].find((c) =>
    new RegExp(`-${c}(-|$)`).test(name),
  );
  const libc = /-musl(-|$)/.test(name) ? ['musl'] : /-gnu(eabihf)?(-|$)/.test(name) ? ['glibc'] : undefined;
  return { os: os ? [os] : undefined, cpu: cpu ? [cpu] : undefined, libc };
}

const added = [];
for (const [location, entry] of Object.entries(packages)) {
  for (const [dep, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ''}node_modules/${dep}`;
    if (packages[nested] || packages[`node_modules/${dep}`]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os && !cpu) continue; // not a platform package: leave it to npm
    const here = (!os || process.platform === os[0]) && (!cpu || process.arch === cpu[0]) && !libc?.includes('musl');
    if (here) throw new Error(`${dep} is for this platform but missing from the lock file: run npm install again`);
    packages[`node_modules/${dep}`] = {
      version: spec.replace(/^[\^~=]/, ''),
      ...(cpu && { cpu }),
      ...(os && { os }),
      ...(libc && { libc }),
      optional: true,
    };
    added.push(`${dep}@${spec}`);
  }
}
/** The registry's integrity for one version, or why there is none (not published there, or the look-up failed). */
function integrityOf(name, version) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['view', `${name}@${version}`, 'dist.integrity'], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  const integrity = result.status === 0 ? result.stdout.trim() : '';
  if (/^sha512-[A-Za-z0-9+/]+=*$/.test(integrity)) return { integrity };
  // npm view prints nothing and succeeds for a version the registry lacks; a 404 means the package itself is missing.
  if (result.status === 0 || /E404/.test(result.stderr ?? '')) return { reason: 'not in the registry' };
  return { reason: `look-up failed: ${(result.stderr || String(result.error)).trim().split('\n')[0]}` };
}

// Every platform entry without integrity, whether added now or by an earlier run.
const verified = [];
const unverified = [];
for (const [location, entry] of Object.entries(packages)) {
  if (!entry.optional || entry.integrity || entry.resolved || entry.link || !(entry.os || entry.cpu)) continue;
  const name = location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const found = integrityOf(name, entry.version);
  if (found.integrity) {
    // Where npm itself writes it, after the version.
    packages[location] = { version: entry.version, integrity: found.integrity, ...entry };
    verified.push(`${name}@${entry.version}`);
  } else unverified.push(`${name}@${entry.version} (${found.reason})`);
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Added ${added.length} platform packages:\n  ${added.join('\n  ')}` : 'No platform package was missing.');
if (verified.length) console.log(`Added the registry's integrity to ${verified.length} platform packages.`);
if (unverified.length) {
  console.log(
    `${unverified.length} platform packages stay without integrity (npm ci installs them unverified on their platform; run again later):\n  ${unverified.join('\n  ')}`,
  );
}
