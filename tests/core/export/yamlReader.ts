// A strict reader of the YAML the CITATION.cff export writes, written for the tests (no YAML library is a
// dependency): block mappings and block sequences indented by spaces, double-quoted strings with YAML's
// escapes, whole numbers, and plain words of letters, digits, dots and hyphens. Anything else (tabs,
// comments, flow collections, anchors, a key twice, true/false/null words, a bad escape) throws, so what it
// reads is YAML 1.2 and means what it reads.

/** A value of the YAML subset. */
export type YamlValue = string | number | YamlValue[] | { [key: string]: YamlValue };

interface Line {
  readonly number: number;
  readonly indent: number;
  readonly text: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\',
  '"': '"',
  '/': '/',
  n: '\n',
  r: '\r',
  t: '\t',
  '0': '\0',
};

/** Returns the value of a YAML text of the subset, or throws naming the line of the first fault. */
export function readYaml(text: string): YamlValue {
  if (!text.endsWith('\n')) throw new Error('YAML: no final newline');
  const lines = text
    .slice(0, -1)
    .split('\n')
    .map((raw, i): Line => {
      if (/[\t\r]/.test(raw)) throw new Error(`YAML line ${i + 1}: a tab or CR`);
      const indent = raw.length - raw.trimStart().length;
      if (raw.trim() === '' || raw.endsWith(' '))
        throw new Error(`YAML line ${i + 1}: blank or trailing space`);
      return { number: i + 1, indent, text: raw.slice(indent) };
    });
  let at = 0;

  function block(indent: number): YamlValue {
    const first = lines[at];
    if (first === undefined || first.indent !== indent)
      throw new Error(`YAML: expected a block at ${indent}`);
    return first.text.startsWith('- ') ? sequence(indent) : mapping(indent);
  }

  function sequence(indent: number): YamlValue[] {
    const items: YamlValue[] = [];
    for (let line = lines[at]; line?.indent === indent && line.text.startsWith('- '); line = lines[at]) {
      // "- key: value" opens a mapping whose keys sit two columns in.
      lines[at] = { number: line.number, indent: indent + 2, text: line.text.slice(2) };
      items.push(block(indent + 2));
    }
    return items;
  }

  function mapping(indent: number): { [key: string]: YamlValue } {
    const map: { [key: string]: YamlValue } = {};
    for (let line = lines[at]; line?.indent === indent; line = lines[at]) {
      const match = /^([a-z][a-z0-9-]*):(?: (.+))?$/.exec(line.text);
      if (match === null) throw new Error(`YAML line ${line.number}: expected "key: value"`);
      const [, key = '', rest] = match;
      if (Object.hasOwn(map, key)) throw new Error(`YAML line ${line.number}: key ${key} twice`);
      at += 1;
      if (rest !== undefined) map[key] = scalar(rest, line.number);
      else {
        const next = lines[at];
        if (next === undefined || next.indent <= indent)
          throw new Error(`YAML line ${line.number}: empty value`);
        map[key] = block(next.indent);
      }
    }
    const next = lines[at];
    if (next !== undefined && next.indent > indent) throw new Error(`YAML line ${next.number}: bad indent`);
    return map;
  }

  const value = block(0);
  if (at !== lines.length) throw new Error(`YAML line ${lines[at]?.number}: unexpected`);
  return value;
}

function scalar(text: string, line: number): YamlValue {
  if (text.startsWith('"')) return quoted(text, line);
  if (/^-?(0|[1-9]\d*)$/.test(text)) return Number(text);
  if (/^(true|false|null|yes|no|on|off|~)$/i.test(text))
    throw new Error(`YAML line ${line}: ambiguous ${text}`);
  if (/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(text)) return text;
  throw new Error(`YAML line ${line}: not a value of the subset: ${text}`);
}

function quoted(text: string, line: number): string {
  let out = '';
  let at = 1;
  for (;;) {
    const ch = text[at];
    if (ch === undefined) throw new Error(`YAML line ${line}: unclosed string`);
    if (ch === '"') break;
    const code = ch.charCodeAt(0);
    // YAML's printable characters (c-printable): no C0 or C1 controls, no DEL, no U+FEFF, U+2028 or U+2029.
    if (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0xfeff ||
      code === 0x2028 ||
      code === 0x2029
    )
      throw new Error(`YAML line ${line}: unprintable U+${code.toString(16)}`);
    if (ch !== '\\') {
      out += ch;
      at += 1;
      continue;
    }
    const next = text[at + 1] ?? '';
    if (next === 'u') {
      const hex = text.slice(at + 2, at + 6);
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw new Error(`YAML line ${line}: bad \\u escape`);
      out += String.fromCharCode(parseInt(hex, 16));
      at += 6;
    } else if (next in ESCAPES) {
      out += ESCAPES[next];
      at += 2;
    } else throw new Error(`YAML line ${line}: unknown escape \\${next}`);
  }
  if (at !== text.length - 1) throw new Error(`YAML line ${line}: text after a closing quote`);
  return out;
}
