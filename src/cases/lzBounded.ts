/**
 * lz-string's decompressFromEncodedURIComponent (same format, MIT, pieroxy/lz-string 1.5), with a
 * limit checked while decompressing: a tiny link can expand to tens of millions of characters, and
 * checking the size afterwards would already have blocked the tab. Pure.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((ch, i) => [ch, i]));

export type Inflated = { ok: true; text: string } | { ok: false; problem: 'too-big' | 'damaged' };

export function decompressBounded(input: string, maxChars: number): Inflated {
  const data = input.replace(/ /g, '+');
  const damaged: Inflated = { ok: false, problem: 'damaged' };
  if (!data) return damaged;
  let val = VALUE.get(data[0]) ?? 0;
  let position = 32;
  let index = 1;
  const read = (n: number): number => {
    let bits = 0;
    for (let power = 1; power !== 1 << n; power <<= 1) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = VALUE.get(data[index++]) ?? 0;
      }
      if (bit > 0) bits |= power;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  const first = read(2);
  if (first === 2) return { ok: true, text: '' };
  let w = String.fromCharCode(read(first === 0 ? 8 : 16));
  dictionary[3] = w;
  const result = [w];
  let total = w.length;
  for (;;) {
    if (index > data.length) return damaged;
    let code = read(numBits);
    if (code === 0 || code === 1) {
      dictionary.push(String.fromCharCode(read(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      enlargeIn--;
    } else if (code === 2) {
      return { ok: true, text: result.join('') };
    }
    if (enlargeIn === 0) {
      enlargeIn = 1 << numBits;
      numBits++;
    }
    let entry: string;
    if (code < dictionary.length && code > 2) entry = dictionary[code];
    else if (code === dictionary.length) entry = w + w.charAt(0);
    else return damaged;
    total += entry.length;
    if (total > maxChars) return { ok: false, problem: 'too-big' };
    result.push(entry);
    dictionary.push(w + entry.charAt(0));
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 1 << numBits;
      numBits++;
    }
  }
}
