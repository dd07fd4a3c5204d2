// `npm run serve`: serves dist/ on localhost with gzip, the way a static host would
// (index.html for folders, 404.html for anything missing). Prints the address.
import './require-node.mjs';
import { startServer } from './lib/static-server.mjs';

const port = Number(process.env.PORT ?? 4321);
const { url } = await startServer({ dir: 'dist', port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`\nThe site is being served at ${url}en/  (press Ctrl+C to stop)`);
