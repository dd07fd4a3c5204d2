// `npm run lint`. The recommended sets of ESLint, typescript-eslint and eslint-plugin-astro, with the
// accessibility rules of jsx-a11y applied to Astro templates. Types are checked by `astro check`, not here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Prettier and Git skip these too: build output, caches, and editor content (checked by `npm run check:content`).
    ignores: ['dist/', '.build/', '.astro/', '.bench/', '.cache/', 'bench-results/', 'test-results/', 'content/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  // Without type information: on two cores the type-aware set takes over a minute instead of ten seconds.
  tseslint.configs.recommended,
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: {
      // Scripts and tests run on Node; the client code also runs in the browser.
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // Tailwind's reset removes list markers, and Safari then stops announcing a <ul> or <ol> as a list
      // unless it says role="list".
      'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
    },
  },
);
