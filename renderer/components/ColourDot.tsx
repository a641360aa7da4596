/**
 * A small disc in a project colour. SVG `fill` is a presentation attribute, so it needs no
 * inline style and stays within the Content-Security-Policy.
 */
export function ColourDot({ colour }: { colour: string }) {
  return (
    <svg className="colour-dot" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
      <circle cx="6" cy="6" r="5.5" fill={colour} />
    </svg>
  );
}
