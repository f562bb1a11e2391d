import type { ComponentChildren } from 'preact';

/** "**word**" (bold in the source documents) as <strong>; everything else as text, never as HTML. */
function inline(text: string): ComponentChildren[] {
  return text.split(/\*\*(.+?)\*\*/g).map((part, index) => (index % 2 === 1 ? <strong key={index}>{part}</strong> : part));
}

/** Plain text from the minutes: blank lines become paragraphs, single line breaks are kept. */
export function TextBlock({ text }: { text: string }) {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <div class="prose">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{inline(paragraph)}</p>
      ))}
    </div>
  );
}
