// Chosen to match how the code is already written, so that the first `npm run format` changes
// layout, not style.
/** @type {import('prettier').Config} */
export default {
  plugins: ['prettier-plugin-astro'],
  singleQuote: true,
  // The code is written wide (long template strings, Tailwind class lists); 140 keeps most of it as it is.
  printWidth: 140,
  trailingComma: 'all',
  overrides: [
    // The stylesheet quotes with double quotes, as CSS usually does.
    { files: '*.css', options: { singleQuote: false } },
  ],
};
