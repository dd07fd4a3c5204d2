import { describe, expect, it } from 'vitest';
import { emailAddress } from '../../../src/lib/contact.ts';

describe('the contact email from the environment', () => {
  it('is none when the variable is unset, empty or blank', () => {
    for (const value of [undefined, '', '   ']) expect(emailAddress(value)).toBeUndefined();
  });
  it('is the address, trimmed', () => {
    expect(emailAddress(' access@example.org\n')).toBe('access@example.org');
  });
  it.for(['access', 'mailto:access@example.org', 'a@b.org, c@d.org', 'Team <access@example.org>', 'access@example'])(
    'refuses %j by name, rather than print an address that reaches nobody',
    (value) => {
      expect(() => emailAddress(value)).toThrow(/^SITE_CONTACT_EMAIL: ".+" is not one email address/);
    },
  );
});
