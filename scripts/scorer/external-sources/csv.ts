// RFC 4180 CSV as pandas writes it: fields quoted when they hold a comma, quote or line break,
// quotes doubled inside; records end at \n or \r\n (line breaks inside quotes are kept).

/** The records of a CSV text, each an object keyed by the header row's names. */
export function csvRecords(text: string): Array<Record<string, string>> {
  const [header, ...records] = csvRows(text);
  if (!header) return [];
  return records.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ''])));
}

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[i++];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
