/** HTML text and attribute values: nothing a string holds can become markup. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON that can sit inside <script> whatever its strings hold: with every `<`, `>` and `&` (and
 * U+2028/9) escaped, no `</script` or `<!--` can end or upset the element. The pages made at run
 * time (the audit report, an agent's reference) use it; generator/prettier-print.ts escapes the
 * generated page the same way.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
