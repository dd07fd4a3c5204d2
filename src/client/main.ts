/**
 * The one entry: inline at the end of every page's <body>, it starts the module named by
 * each `data-module` on the page. A page without JavaScript is complete; this only adds to it.
 */
import { INLINE_MODULES, LAZY_MODULES, LAZY_MODULE_PATH, type ClientModule } from './modules.ts';

function loadModule(name: string, root: HTMLElement): void {
  // A URL in a variable, so that the bundler leaves the import to the browser: lazy modules
  // are separate files, and inlining them would put search code in every page.
  const url = `${LAZY_MODULE_PATH}${name}.js`;
  (import(url) as Promise<ClientModule>).then((module) => module.init(root));
}

for (const root of document.querySelectorAll<HTMLElement>('[data-module]')) {
  // Never undefined: the selector chose the elements that have the attribute.
  const name = root.dataset.module!;
  const when = LAZY_MODULES[name];
  if (when === 'load') loadModule(name, root);
  else if (when === 'focus') root.addEventListener('focusin', () => loadModule(name, root), { once: true });
  else INLINE_MODULES[name]?.(root);
}
