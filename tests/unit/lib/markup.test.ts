import { describe, expect, it } from 'vitest';
import { emphasisToHtml, emphasisedPhrases, escapeHtml, stripEmphasis } from '../../../src/lib/markup.ts';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`& < > " '`)).toBe('&amp; &lt; &gt; &quot; &#39;');
  });

  it('escapes a script tag so it is shown as text', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('escapes an ampersand that already starts an entity, so it shows as written', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('leaves plain and Chinese text unchanged', () => {
    expect(escapeHtml('Innovation and Technology 創新科技 2030')).toBe('Innovation and Technology 創新科技 2030');
    expect(escapeHtml('')).toBe('');
  });

  it('escapes quotes so the text is safe inside an attribute value', () => {
    expect(escapeHtml(`" onmouseover="x`)).toBe('&quot; onmouseover=&quot;x');
    expect(escapeHtml(`' onfocus='x`)).toBe('&#39; onfocus=&#39;x');
  });
});

describe('emphasisToHtml', () => {
  it('turns **bold** phrases into strong elements', () => {
    expect(emphasisToHtml('Enhance **R&D** and **innovation** capability')).toBe(
      'Enhance <strong>R&amp;D</strong> and <strong>innovation</strong> capability',
    );
  });

  it('escapes a script tag in the text', () => {
    expect(emphasisToHtml('a <script>alert(1)</script> b')).toBe('a &lt;script&gt;alert(1)&lt;/script&gt; b');
  });

  it('escapes markup inside a bold phrase', () => {
    expect(emphasisToHtml('**<img src=x onerror="y">**')).toBe('<strong>&lt;img src=x onerror=&quot;y&quot;&gt;</strong>');
  });

  it('leaves a text without bold phrases as escaped text only', () => {
    expect(emphasisToHtml('Tom & Jerry')).toBe('Tom &amp; Jerry');
  });

  it('leaves an unmatched ** in place', () => {
    expect(emphasisToHtml('a ** b')).toBe('a ** b');
  });

  it('handles Chinese bold phrases', () => {
    expect(emphasisToHtml('加強**研發**能力')).toBe('加強<strong>研發</strong>能力');
  });
});

describe('stripEmphasis', () => {
  it('removes the bold markers and keeps the words', () => {
    expect(stripEmphasis('Enhance **R&D** and **innovation** capability')).toBe('Enhance R&D and innovation capability');
  });

  it('does not escape anything', () => {
    expect(stripEmphasis('**<b>** & co')).toBe('<b> & co');
  });

  it('leaves text without markers unchanged', () => {
    expect(stripEmphasis('plain ** text')).toBe('plain ** text');
  });
});

describe('emphasisedPhrases', () => {
  it('lists the bold phrases in order', () => {
    expect(emphasisedPhrases('Enhance **R&D** and **innovation** capability')).toEqual(['R&D', 'innovation']);
  });

  it('is empty when nothing is bold', () => {
    expect(emphasisedPhrases('nothing here')).toEqual([]);
    expect(emphasisedPhrases('a ** b')).toEqual([]);
  });

  it('matches the shortest phrase between markers', () => {
    expect(emphasisedPhrases('**a** b **c**')).toEqual(['a', 'c']);
  });
});
