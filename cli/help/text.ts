/** Indenting the spec's prose for help output; its line breaks are kept as the author wrote them. */
export function indent(text: string, by: string): string {
  return text.trim().split('\n').map((l) => (l.trim() ? `${by}${l.trimEnd()}` : '')).join('\n');
}
