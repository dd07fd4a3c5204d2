import { describe, expect, it } from 'vitest';
import { checkBody, knownTargets, unsafeAddress } from '../../../../src/lib/check/body-check.ts';

describe('link addresses in content', () => {
  it.each(['https://www.itib.gov.hk/', 'HTTPS://example.org', 'mailto:editor@example.org', '/en/strategies/', '/tc/', '#measure-3-2'])(
    '%s may be published',
    (url) => {
      expect(unsafeAddress(url, 'link')).toBeUndefined();
    },
  );

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    'ftp://example.org/',
  ])('%j is refused, whatever its case or the whitespace browsers ignore', (url) => {
    expect(unsafeAddress(url, 'link')).toMatchObject({ message: expect.stringMatching(/links are not allowed/) });
    expect(unsafeAddress(url, 'link')?.severity).toBeUndefined();
  });

  it('refuses protocol-relative and relative addresses, which point elsewhere than they seem', () => {
    expect(unsafeAddress('//evil.example/', 'link')?.message).toMatch(/whole address/);
    expect(unsafeAddress('strategies/', 'link')?.message).toMatch(/relative address/);
    expect(unsafeAddress('../en/', 'link')?.message).toMatch(/relative address/);
  });

  it('warns about http: links without refusing them', () => {
    expect(unsafeAddress('http://example.org/', 'link')).toMatchObject({ severity: 'warning' });
  });

  it('refuses pictures in content, saying why, and that other hosts are never loaded', () => {
    expect(unsafeAddress('/images/chart.png', 'image')?.message).toMatch(/pictures are not used in content pages/);
    for (const url of ['https://example.org/x.png', '//example.org/x.png', 'data:image/png;base64,iVBO', 'x.png']) {
      expect(unsafeAddress(url, 'image')?.message).toMatch(/pictures are not used in content pages.*loads nothing from other hosts/);
    }
  });

  it('refuses https: and mailto: links that have no address', () => {
    expect(unsafeAddress('https://', 'link')?.message).toMatch(/not a whole address/);
    expect(unsafeAddress('mailto:', 'link')?.message).toMatch(/needs an e-mail address/);
  });
});

describe('comments in content', () => {
  const targets = knownTargets({ directions: [], strategies: [], updates: [], pages: [] });

  it('accepts an MDX comment, as the contributor guide and the parser suggest', () => {
    expect(checkBody('Text.\n\n{/* A note for editors */}\n\nMore {/* inline */} text.\n', targets)).toEqual([]);
  });

  it('refuses an HTML comment with a hint that the check itself accepts', () => {
    const [problem] = checkBody('Text.\n\n<!-- A note -->\n', targets);
    expect(problem?.line).toBe(3);
    expect(problem?.message).toContain('{/* like this */}');
    expect(checkBody('Text.\n\n{/* like this */}\n', targets)).toEqual([]);
  });

  it('still refuses an expression that runs code', () => {
    expect(checkBody('Total: {1 + 1}\n', targets)[0]?.message).toMatch(/curly braces run code/);
  });
});
