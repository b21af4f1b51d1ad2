// A toolbar button's text: the full name, or on a narrow window a short word of it (the button's accessible name
// stays the full name through aria-label, and the short text is part of it, so speech input still matches).
export function ToolLabel({ full, short }: { full: string; short: string }) {
  return (
    <>
      <span className="kpd-tool-full">{full}</span>
      <span className="kpd-tool-short" aria-hidden="true">
        {short}
      </span>
    </>
  );
}
