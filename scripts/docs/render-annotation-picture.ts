// Re-renders docs/images/pr-annotation.png, the illustration in CONTRIBUTING.md of a content check
// message on a pull request, from docs/images/pr-annotation.html:
//   node scripts/docs/render-annotation-picture.ts
// The picture must show what the check really says, so this first makes the mistake in a copy of
// content/, runs the check as GitHub Actions would, and stops if the HTML's diff lines, title or
// message no longer match. Needs the system Chromium (scripts/lib/chromium.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { CHROMIUM_ARGS, chromiumPath } from '../lib/chromium.ts';

const root = path.resolve(import.meta.dirname, '../..');
const html = path.join(root, 'docs/images/pr-annotation.html');
const png = path.join(root, 'docs/images/pr-annotation.png');

/** The mistake shown: measure 3.2's ID without its quotes, so YAML reads it as a number. */
const FILE = 'content/strategies/en/3-venture-financing.mdx';
const RIGHT = '      - id: "3.2"';
const WRONG = '      - id: 3.2';

interface Annotation {
  line: string;
  title: string;
  message: string;
}

const unescape = (s: string) =>
  s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

/** Runs scripts/check.ts on a broken copy and returns its annotation for FILE. */
function checkBrokenCopy(): { annotation: Annotation; original: string[]; broken: string[] } {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-picture-'));
  try {
    // The copy sits in `content/` of the check's working folder, so the check names the file as it would in CI.
    fs.cpSync(path.join(root, 'content'), path.join(work, 'content'), { recursive: true });
    const target = path.join(work, FILE);
    const original = fs.readFileSync(target, 'utf8');
    if (!original.includes(`\n${RIGHT}\n`))
      throw new Error(`${FILE} no longer has the line ${JSON.stringify(RIGHT)}; pick another mistake`);
    fs.writeFileSync(target, original.replace(`\n${RIGHT}\n`, `\n${WRONG}\n`));
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && k !== 'BLUEPRINT_CONTENT_DIR'));
    const run = spawnSync(process.execPath, [path.join(root, 'scripts/check.ts')], {
      cwd: work,
      encoding: 'utf8',
      env: { ...env, GITHUB_ACTIONS: 'true' },
    });
    const command = run.stdout.split('\n').find((l) => l.startsWith(`::error file=${FILE},`));
    const match = command?.match(/^::error file=[^,]*,line=(\d+),title=([^,:]*)::(.*)$/);
    if (!match) throw new Error(`the check printed no ::error for ${FILE}:\n${run.stdout}${run.stderr}`);
    console.log(`The check says:\n${command}`);
    return {
      annotation: { line: match[1]!, title: unescape(match[2]!), message: unescape(match[3]!) },
      original: original.split('\n'),
      broken: fs.readFileSync(target, 'utf8').split('\n'),
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** What the HTML shows that no longer matches the content or the check, one line each. */
function mismatches(source: string, found: ReturnType<typeof checkBrokenCopy>): string[] {
  const doc = parse(source);
  const wrong: string[] = [];
  for (const [key, value] of Object.entries(found.annotation)) {
    const shown = doc.querySelector(`[data-from-check="${key}"]`)?.text;
    if (shown !== value) wrong.push(`${key}: the picture says ${JSON.stringify(shown)}, the check says ${JSON.stringify(value)}`);
  }
  for (const row of doc.querySelectorAll('tr:not(.hunk):not(.note)')) {
    const [oldNumber, newNumber, code] = row.querySelectorAll('td').map((td) => td.text);
    // The first two characters are the diff's own: "- ", "+ " or "  ".
    const text = code!.slice(2);
    const expected = newNumber ? found.broken[Number(newNumber) - 1] : found.original[Number(oldNumber) - 1];
    if (text !== expected)
      wrong.push(`line ${newNumber || oldNumber}: the picture shows ${JSON.stringify(text)}, the file has ${JSON.stringify(expected)}`);
  }
  return wrong;
}

const found = checkBrokenCopy();
const wrong = mismatches(fs.readFileSync(html, 'utf8'), found);
if (wrong.length) {
  console.error(`Update ${path.relative(root, html)} first:\n${wrong.join('\n')}`);
  process.exit(1);
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 600 }, deviceScaleFactor: 1 });
  await page.goto(`file://${html}`);
  const shot = await page.locator('#picture').screenshot();
  // A few flat colours and text: a palette keeps the file small without visible loss.
  await sharp(shot).png({ palette: true, colours: 64, compressionLevel: 9, effort: 10 }).toFile(png);
} finally {
  await browser.close();
}
console.log(`Wrote ${path.relative(root, png)} (${Math.round(fs.statSync(png).size / 1024)} KB)`);
