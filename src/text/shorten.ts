/**
 * Shortens a value quoted inside a message, so a 2 MB key or id cannot flood
 * the terminal. Cuts on a code-point boundary and marks the cut with "…".
 */
export function shorten(text: string, maxLength = 60): string {
  if (text.length <= maxLength) return text;
  const cut = [...text.slice(0, maxLength)];
  // A surrogate pair split at the boundary shows up as a lone half: drop it.
  if (/[\ud800-\udbff]$/.test(cut[cut.length - 1] ?? '')) cut.pop();
  return `${cut.join('')}…`;
}
