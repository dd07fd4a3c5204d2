/** Ways a file's bytes get damaged: a bad paste, an editor saving in another encoding, a cut-off upload. */
export const CORRUPTIONS = [
  'truncate',
  'invalid-utf8',
  'utf16',
  'stray-fence',
  'open-brace',
  'close-brace',
  'open-angle',
  'bom',
  'crlf',
  'nul',
] as const;
export type Corruption = (typeof CORRUPTIONS)[number];

/** Sequences no UTF-8 decoder accepts: a stray byte, a cut sequence, a surrogate, an overlong slash. */
const INVALID = [[0xff], [0xc3], [0xe4, 0xb8], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0x80]];

const at = (bytes: Uint8Array, offset: number, insert: number[] | Uint8Array) =>
  Buffer.concat([bytes.subarray(0, offset), Buffer.from(insert), bytes.subarray(offset)]);

/** Offsets where lines start, so a fence lands on a line of its own. */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  bytes.forEach((b, i) => b === 0x0a && i + 1 < bytes.length && starts.push(i + 1));
  return starts;
}

/** The file's bytes damaged in one way, at a place `rand` picks. */
export function corrupt(bytes: Uint8Array, kind: Corruption, rand: () => number): Buffer {
  const offset = 1 + Math.floor(rand() * (bytes.length - 1));
  switch (kind) {
    case 'truncate':
      // Anywhere, including inside a multi-byte character.
      return Buffer.from(bytes.subarray(0, offset));
    case 'invalid-utf8':
      return at(bytes, offset, INVALID[Math.floor(rand() * INVALID.length)]!);
    case 'utf16':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf16le')]);
    case 'stray-fence': {
      const starts = lineStarts(bytes);
      return at(bytes, starts[Math.floor(rand() * starts.length)]!, Buffer.from('---\n'));
    }
    case 'open-brace':
      return at(bytes, offset, Buffer.from('{'));
    case 'close-brace':
      return at(bytes, offset, Buffer.from('}'));
    case 'open-angle':
      return at(bytes, offset, Buffer.from('<'));
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    case 'crlf':
      return Buffer.from(Buffer.from(bytes).toString('utf8').replace(/\r?\n/g, '\r\n'));
    case 'nul':
      return at(bytes, offset, [0]);
  }
}
