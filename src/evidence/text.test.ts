import { describe, expect, it } from 'vitest';
import { normalise, prepare, release, splitKeyValue } from './text.ts';

describe('normalise', () => {
  it('turns CRLF and CR into LF', () => {
    expect(normalise('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('replaces non-breaking and typographic spaces, curly quotes and dashes', () => {
    expect(normalise('We can\u2019t\u00a0open \u201cthat\u201d page\u2009\u2013 now')).toBe('We can\'t open "that" page - now');
  });

  it('decodes the HTML entities web consoles produce, once', () => {
    expect(normalise('a &amp; b &lt;c&gt; &#39;d&#39; &nbsp;e &#x41; &quot;f&quot; &amp;lt;')).toBe('a & b <c> \'d\'  e A "f" &lt;');
    expect(normalise('line1<br>line2<br/>line3<BR />')).toBe('line1\nline2\nline3\n');
    expect(normalise('a<bR >b<Br/ >c<br//>d<b>e<brx>f<br')).toBe('a\nb<Br/ >c<br//>d<b>e<brx>f<br');
    expect(normalise('&#x4a;&#X4B;&#x4g; &#1a; &#65;')).toBe('JK&#x4g; &#1a; A');
    expect(normalise('&bogus; &#0; &#xD800; &#99999999;')).toBe('&bogus; &#0; &#xD800; &#99999999;');
  });

  it('drops zero-width characters and the BOM, and blanks control characters', () => {
    expect(normalise('\ufeffA\u200bB\u0000C\u0007D')).toBe('AB C D');
  });
});

describe('prepare', () => {
  it('keeps lines and lowercased lines aligned, even with characters whose lowercase is longer', () => {
    const doc = prepare('İstanbul : YES\r\nSecond');
    expect([doc.line(0), doc.line(1)]).toEqual(['Istanbul : YES', 'Second']);
    expect(doc.count).toBe(2);
    expect(doc.lowerLines).toEqual(['istanbul : yes', 'second']);
    expect(doc.lower.length).toBe(doc.text.length);
  });

  it('gives the same lines as splitting the text would: blank, indented, last and over-long lines', () => {
    const input = `\n  a\tB\n\t\n${' '.repeat(12_000)}x\nEnd ${'y'.repeat(12_000)}\n\nlast`;
    const doc = prepare(input);
    const lines = input.split('\n').map((l) => l.slice(0, 10_000));
    expect(doc.count).toBe(lines.length);
    lines.forEach((l, i) => {
      expect(doc.line(i)).toBe(l);
      expect(doc.lowerLine(i)).toBe(l.toLowerCase());
      const indent = l.length - l.trimStart().length;
      expect(doc.indents()[i]).toBe(l.trim() === '' ? l.length : indent);
      expect(doc.firstChars()[i]).toBe(l.trim() === '' ? 0 : l.toLowerCase().charCodeAt(indent));
    });
    expect(doc.lowerLines).toEqual(lines.map((l) => l.toLowerCase()));
    expect(doc.lowerLine(lines.length)).toBe('');
    expect(doc.line(-1)).toBe('');
  });

  it('reads a big paste the same whether or not a curly quote made it two-byte', () => {
    const body = 'AzureAdJoined : YES\r\nDevice : &lt;PC-1&gt;\n'.repeat(5000);
    for (const odd of ['\u2019', '\u2019 caf\u00e9', '\u2019 \ud800', '\u2019 \u2192']) {
      const doc = prepare(`${body}We can${odd}t open that page`);
      expect(doc.text).toBe(normalise(`${body}We can${odd}t open that page`));
      expect(doc.lower).toBe(doc.text.toLowerCase());
      expect(doc.line(doc.count - 1)).toBe(normalise(`We can${odd}t open that page`));
    }
  });

  it('reads one big paste after another without mixing them up', () => {
    const long = `${'a'.repeat(200_000)}\u2019`;
    const short = `${'b'.repeat(100_000)}\u2019`;
    expect(prepare(long).text).toBe(`${'a'.repeat(200_000)}'`);
    expect(prepare(short).text).toBe(`${'b'.repeat(100_000)}'`);
  });

  it('keeps a borrowed buffer for one Doc at a time, and refuses to read a released one', () => {
    // Over 64 KB once normalised, so kept as bytes.
    const paste = (n: number) => Array.from({ length: 5000 }, (_, i) => `Line ${n}-${i} : Value\u2019s`).join('\r\n');
    const first = prepare(paste(1), true);
    const second = prepare(paste(2), true); // the buffer is still lent to the first: this one gets its own
    expect(first.line(2999)).toBe("Line 1-2999 : Value's");
    expect(second.line(0)).toBe("Line 2-0 : Value's");
    release(first);
    expect(() => first.line(5)).toThrow();
    const third = prepare(paste(3), true);
    expect([second.line(1), third.line(1), third.slice(0, 8)]).toEqual(["Line 2-1 : Value's", "Line 3-1 : Value's", 'Line 3-0']);
    expect(third.text).toBe(normalise(paste(3)));
    release(second);
    release(third);
  });

  it('cuts very long lines', () => {
    const doc = prepare('x'.repeat(50_000));
    expect(doc.line(0).length).toBe(10_000);
    expect(doc.lowerLine(0).length).toBe(10_000);
  });
});

describe('splitKeyValue', () => {
  it('splits on the first " : " and compacts the key', () => {
    expect(splitKeyValue('    Executing Account Name : CONTOSO\\alex, alex@contoso.com')).toEqual({
      key: 'executingaccountname',
      rawKey: 'Executing Account Name',
      value: 'CONTOSO\\alex, alex@contoso.com',
      spaced: true,
    });
    expect(splitKeyValue('AuthCodeUrl : https://login.microsoftonline.com/x')?.value).toBe('https://login.microsoftonline.com/x');
  });

  it('accepts the flat Key: value form and empty values', () => {
    expect(splitKeyValue('AzureAdJoined: YES')).toMatchObject({ key: 'azureadjoined', value: 'YES', spaced: false });
    // Trailing spaces are often lost when copying: "SettingsUrl :" still has an empty value.
    expect(splitKeyValue('SettingsUrl :')).toMatchObject({ key: 'settingsurl', value: '' });
    expect(splitKeyValue('               SettingsUrl : ')).toMatchObject({ key: 'settingsurl', value: '' });
    expect(splitKeyValue('MdmUrl:')).toMatchObject({ key: 'mdmurl', value: '' });
  });

  it('rejects lines that are not key/value pairs', () => {
    expect(splitKeyValue('no colon here')).toBeNull();
    expect(splitKeyValue('https://example.com/path')).toBeNull();
    expect(splitKeyValue(': value')).toBeNull();
  });
});
