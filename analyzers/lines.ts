/** text.split(/\r?\n/), split at "\n" without a regex when the text holds no carriage return (most texts). */
export function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r?\n/) : text.split('\n');
}
