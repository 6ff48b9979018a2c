// A strict reader of one BibTeX entry, written for the tests: it accepts only what BibTeX itself accepts for
// the shape `@type{key, name = {value}, name = 123}` (a value's braces are counted as BibTeX counts them:
// every brace, escaped or not) and throws on anything else.

/** One BibTeX entry: its type, key and fields in file order. */
export interface BibtexEntry {
  readonly type: string;
  readonly key: string;
  readonly fields: ReadonlyMap<string, string>;
}

/** Returns the one entry of a BibTeX text, or throws naming the offset of the first fault. */
export function readBibtex(text: string): BibtexEntry {
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`BibTeX, offset ${at}: ${what} (near ${JSON.stringify(text.slice(at, at + 20))})`);
  };
  const take = (pattern: RegExp, what: string): string => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match === null || match.index !== at) return fail(`expected ${what}`);
    at += match[0].length;
    return match[1] ?? match[0];
  };
  const space = () => take(/\s*/y, 'space');

  const type = take(/@([a-z]+)\{/y, 'an entry start');
  // BibTeX keys may not hold spaces, commas, braces, quotes, #, %, ~, = or backslashes.
  const key = take(/([^\s,{}()"#%'=~\\]+),/y, 'a key and a comma');
  const fields = new Map<string, string>();
  for (;;) {
    space();
    if (text[at] === '}') break;
    const name = take(/([a-z][a-z0-9_-]*)/y, 'a field name');
    if (fields.has(name)) fail(`field ${name} twice`);
    space();
    take(/=/y, '=');
    space();
    let value: string;
    if (text[at] === '{') {
      let depth = 0;
      const start = at;
      do {
        if (at >= text.length) fail('an unclosed brace');
        if (text[at] === '{') depth += 1;
        if (text[at] === '}') depth -= 1;
        at += 1;
      } while (depth > 0);
      value = text.slice(start + 1, at - 1);
    } else value = take(/(\d+)/y, 'a braced value or a number');
    fields.set(name, value);
    space();
    if (text[at] === ',') at += 1;
    else if (text[at] !== '}') fail('a comma or the closing brace');
  }
  at += 1;
  if (text.slice(at) !== '\n') fail('one final newline and nothing else');
  return { type, key, fields };
}

const COMMANDS: readonly (readonly [string, string])[] = [
  ['\\textbackslash{}', '\\'],
  ['\\textbraceleft{}', '{'],
  ['\\textbraceright{}', '}'],
  ['\\^{}', '^'],
  ['\\~{}', '~'],
  ['\\%', '%'],
  ['\\&', '&'],
  ['\\$', '$'],
  ['\\#', '#'],
  ['\\_', '_'],
];

/**
 * Returns the text a LaTeX field value stands for, undoing the escapes of the exports; throws when a special
 * character is left bare or a backslash starts anything else, as LaTeX would fail or print something else.
 */
export function latexText(value: string): string {
  let out = '';
  for (let at = 0; at < value.length;) {
    const command = COMMANDS.find(([escaped]) => value.startsWith(escaped, at));
    if (command !== undefined) {
      out += command[1];
      at += command[0].length;
      continue;
    }
    const ch = value[at] ?? '';
    if ('\\{}%&$#_^~'.includes(ch)) throw new Error(`bare ${ch} at ${at} in ${JSON.stringify(value)}`);
    out += ch;
    at += 1;
  }
  return out;
}
