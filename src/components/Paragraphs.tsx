/** Plain text split into paragraphs on blank lines. Never parsed as markup. Styled by `.para` (global.css). */
export function Paragraphs({ text }: { text: string }) {
  if (!text) return null;
  return (
    <>
      {text.split(/\n{2,}/).map((p, i) => (
        <p key={i} className="para">
          {p}
        </p>
      ))}
    </>
  );
}
