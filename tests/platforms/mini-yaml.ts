/**
 * A tiny reader for the subset of YAML used by twitter-text's `conformance/validate.yml`:
 * `tests:` → sections → lists of maps whose values are scalars or one nested map of scalars.
 * Double-quoted strings support YAML escapes (`\uXXXX`, `\UXXXXXXXX`, `\xXX`, `\n`, `\t`, `\"`, `\\`).
 */
export type YamlScalar = string | number | boolean | null;
export type YamlCase = Record<string, YamlScalar | Record<string, YamlScalar>>;

export function readConformanceSections(source: string): Record<string, YamlCase[]> {
  const sections: Record<string, YamlCase[]> = {};
  let section: YamlCase[] | undefined;
  let current: YamlCase | undefined;
  let nested: Record<string, YamlScalar> | undefined;
  for (const rawLine of source.split(/\r?\n/)) {
    if (rawLine.trim() === '' || rawLine.trimStart().startsWith('#')) continue;
    const indent = rawLine.length - rawLine.trimStart().length;
    const line = rawLine.trim();
    if (indent === 0) continue; // `tests:`
    if (indent === 2 && line.endsWith(':')) {
      section = [];
      sections[line.slice(0, -1)] = section;
      current = undefined;
      continue;
    }
    if (section === undefined) continue;
    let body = line;
    if (line.startsWith('- ')) {
      current = {};
      section.push(current);
      nested = undefined;
      body = line.slice(2);
    }
    if (current === undefined) continue;
    const colon = body.indexOf(':');
    const key = body.slice(0, colon).trim();
    const rest = body.slice(colon + 1).trim();
    if (rest === '') {
      nested = {};
      current[key] = nested;
      continue;
    }
    const value = parseScalar(rest);
    if (nested !== undefined && indent >= 8) nested[key] = value;
    else {
      nested = undefined;
      current[key] = value;
    }
  }
  return sections;
}

function parseScalar(text: string): YamlScalar {
  if (text.startsWith('"')) return unescapeDoubleQuoted(text.slice(1, text.lastIndexOf('"')));
  if (text.startsWith("'")) return text.slice(1, text.lastIndexOf("'")).replaceAll("''", "'");
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null' || text === '~') return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

function unescapeDoubleQuoted(text: string): string {
  return text.replace(/\\(U[0-9a-fA-F]{8}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_all, code: string) => {
    const kind = code[0];
    if (kind === 'U' || kind === 'u' || kind === 'x')
      return String.fromCodePoint(Number.parseInt(code.slice(1), 16));
    const simple: Record<string, string> = {
      n: '\n',
      t: '\t',
      r: '\r',
      '"': '"',
      '\\': '\\',
      '/': '/',
      '0': '\0',
      ' ': ' ',
    };
    return simple[code] ?? code;
  });
}
