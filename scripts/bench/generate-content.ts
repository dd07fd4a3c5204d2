// `node scripts/bench/generate-content.ts <factor> <outDir>`: writes the real content/
// scaled `factor` times into <outDir> (replacing it), for the build benchmark:
// factor × the strategies and directions, pages, updates and indicators as they are.
// Check the result with `BLUEPRINT_CONTENT_DIR=<outDir> node scripts/check.ts`.
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE } from '../../src/i18n/locales.ts';
import { scaleContent, type ContentFile } from './scale-content.ts';

const [factorArg, outArg] = process.argv.slice(2);
const factor = Number(factorArg);
if (!outArg || !Number.isInteger(factor) || factor < 1) {
  console.error('Usage: node scripts/bench/generate-content.ts <factor ≥ 1> <outDir>');
  process.exit(2);
}
const source = path.resolve('content');
const out = path.resolve(outArg);
if (out === source || source.startsWith(`${out}${path.sep}`)) {
  console.error(`Refusing to write into ${out}: it would replace the real content.`);
  process.exit(2);
}

function read(dir: string, prefix = ''): ContentFile[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? read(full, rel) : [{ path: rel, text: fs.readFileSync(full, 'utf8') }];
  });
}

const files = scaleContent(read(source), factor);
fs.rmSync(out, { recursive: true, force: true });
for (const file of files) {
  const target = path.join(out, ...file.path.split('/'));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, file.text);
}
const count = (collection: string) => files.filter((f) => f.path.startsWith(`${collection}/${DEFAULT_LOCALE}/`)).length;
console.log(
  `Wrote ${files.length} files to ${path.relative(process.cwd(), out) || '.'} (${factor}×: ` +
    `${count('directions')} directions, ${count('strategies')} strategies per locale).`,
);
