// Plain JavaScript on purpose: it must run, and explain itself, on an old Node.
const [major, minor] = process.versions.node.split('.').map(Number);
// 22.18 is the first 22.x that runs the project's TypeScript without a flag (Astro 7 itself needs 22.12).
const ok = major > 22 || (major === 22 && minor >= 18);
if (!ok) {
  console.error(
    `This site needs Node.js 22.18 or newer (Node 24 recommended, see .nvmrc); this is Node ${process.versions.node}.\n` +
      'Install Node 24 (for example with nvm: "nvm install 24 && nvm use 24") and run the command again.',
  );
  process.exit(1);
}
