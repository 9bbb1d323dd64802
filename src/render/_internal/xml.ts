/** Escaping for the XML render writes by hand: the SVG charts and the HTML report. */

/** Escapes text for XML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch);
}
