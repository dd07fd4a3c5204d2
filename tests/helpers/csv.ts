/**
 * A strict RFC 4180 reader: a quote may only open a cell and, once closed, must
 * end it, so a badly quoted file throws instead of being read leniently.
 * Rows end with CRLF; a line feed alone is only allowed inside quotes.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let state: 'start' | 'plain' | 'quoted' | 'closed' = 'start';
  const endCell = () => {
    row.push(cell);
    cell = '';
    state = 'start';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (state === 'quoted') {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') state = 'closed';
      else cell += c;
    } else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else if (state === 'closed') throw new Error(`text after a closing quote at ${i}`);
    else if (c === '"' && state === 'start') state = 'quoted';
    else if (c === '"' || c === '\r' || c === '\n') throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`);
    else {
      cell += c;
      state = 'plain';
    }
  }
  if (state === 'quoted') throw new Error('unclosed quote');
  if (cell || state !== 'start' || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}
