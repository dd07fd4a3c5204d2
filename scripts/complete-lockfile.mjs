// Completes package-lock.json with the platform-specific optional packages the
// registry mirror here lacks (it lags behind for macOS and Windows builds), so
// that `npm ci` accepts the lock file. Each added entry names its os and cpu,
// so npm skips it on other platforms; on those platforms npm fetches it as usual.
// Run after `npm install` whenever dependencies change: `node scripts/complete-lockfile.mjs`.
import fs from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const packages = lock.packages;

/** os, cpu and libc from a platform package name such as `oxide-linux-arm64-musl`. */
function platformOf(name) {
  const names = { darwin: 'darwin', linux: 'linux', win32: 'win32', windows: 'win32', freebsd: 'freebsd', android: 'android', openbsd: 'openbsd', sunos: 'sunos', aix: 'aix', netbsd: 'netbsd' };
  const found = Object.keys(names).find((o) => new RegExp(`[-/]${o}-`).test(name));
  const os = found ? names[found] : undefined;
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 's390x', 'ppc64', 'loong64'].find((c) => new RegExp(`-${c}(-|$)`).test(name));
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
    packages[`node_modules/${dep}`] = { version: spec.replace(/^[\^~=]/, ''), ...(cpu && { cpu }), ...(os && { os }), ...(libc && { libc }), optional: true };
    added.push(`${dep}@${spec}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Added ${added.length} platform packages:\n  ${added.join('\n  ')}` : 'The lock file was complete.');
