/**
 * Returns text as a YAML double-quoted scalar on one line: `\` and `"` escaped, and every character YAML does
 * not allow as printed text (controls, DEL and C1 controls, U+2028, U+2029, U+FEFF) written as `\uXXXX`; a
 * lone surrogate, which no YAML file can hold, becomes U+FFFD.
 */
export function yamlString(text: string): string {
  const escaped = text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\\"]/g, (ch) => `\\${ch}`)
    .replace(
      // eslint-disable-next-line no-control-regex -- these are the characters being escaped
      /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
  return `"${escaped}"`;
}
