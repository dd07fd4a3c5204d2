/**
 * The contact address from the environment: one address, trimmed, or none. A value that is
 * not an address (a name, two addresses, a `mailto:` link) is refused by name, since a broken
 * address in the accessibility statement would send readers' reports nowhere.
 */
export function emailAddress(value: string | undefined): string | undefined {
  const address = value?.trim();
  if (!address) return undefined;
  if (!/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]+$/.test(address))
    throw new Error(`SITE_CONTACT_EMAIL: "${address}" is not one email address (for example access@example.org)`);
  return address;
}
