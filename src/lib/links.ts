/** Whether `href` leaves the site: an http(s) address on another host. */
export function isExternal(href: string | undefined, site: string): boolean {
  if (!href || !/^https?:\/\//i.test(href)) return false;
  try {
    return new URL(href).host !== new URL(site).host;
  } catch {
    return false;
  }
}
