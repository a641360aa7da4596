/** Characters XML 1.0 cannot hold at all, not even as references: C0 controls but tab, LF, CR. */
const FORBIDDEN = /(?![\t\n\r\u007F-\u009F])\p{Cc}|[\uFFFE\uFFFF]/gu;

/** Text content: the markup characters escaped, forbidden characters dropped. */
export function escapeXmlText(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;');
}

/** An attribute value in double quotes; tabs and line breaks kept as references, not normalised away. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replaceAll('"', '&quot;')
    .replaceAll('\t', '&#9;')
    .replaceAll('\n', '&#10;');
}

/** `name="value"` pairs for the defined values, in the given order. */
export function xmlAttributes(values: [string, string | number | null | undefined][]): string {
  return values
    .filter((pair): pair is [string, string | number] => pair[1] !== null && pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join('');
}
