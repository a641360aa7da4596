/** A Cytoscape style rule, as plain data (shared/ does not depend on Cytoscape's types). */
export interface StyleRule {
  selector: string;
  style: Record<string, string | number | readonly number[]>;
}

export interface StylesheetOptions {
  /** Larger labels, black borders and outlines for a projector. */
  projector: boolean;
  /** Cytoscape's WebGL renderer draws no dashes: potential ties are faded instead. */
  webgl: boolean;
  labels: 'auto' | 'all' | 'none';
}

export const HIGHLIGHT_COLOUR = '#c25400';
/** Time marks (new ties, actors who joined): Okabe–Ito blue, apart from the orange selection. */
export const NEW_COLOUR = '#0072b2';
const INK = '#1a232c';

/**
 * The map's Cytoscape stylesheet: a pure function of the options; everything that depends
 * on project data or measures (colour, size, shape, width) comes from element data computed
 * by map-elements.ts, which the SVG export reads too.
 * Labels: `min-zoomed-font-size` hides a label once it would be drawn smaller than that many
 * pixels, and label size grows with the node, so small actors lose their labels first when
 * zooming out; the selection and its neighbours always keep theirs. Cytoscape rounds the zoom
 * up to a power of two for this test (its text texture levels), hence the high thresholds.
 */
export function mapStylesheet(options: StylesheetOptions): StyleRule[] {
  const scale = options.projector ? 1.45 : 1;
  const minLabel = options.labels === 'all' ? 0 : options.projector ? 22 : 16;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        width: 'data(size)',
        height: 'data(size)',
        shape: 'data(shape)',
        label: options.labels === 'none' ? '' : 'data(label)',
        'font-size': `mapData(fontSize, 0, 100, 0, ${100 * scale})`,
        'font-family': 'system-ui, sans-serif',
        'font-weight': options.projector ? 700 : 500,
        color: options.projector ? '#000000' : INK,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': `${Math.round(170 * scale)}px`,
        'min-zoomed-font-size': minLabel,
        'text-background-color': '#ffffff',
        'text-background-opacity': options.projector ? 0.9 : 0.7,
        'text-background-padding': '1px',
        'border-width': options.projector ? 2.5 : 1.5,
        'border-color': options.projector ? '#000000' : '#ffffff',
      },
    },
    {
      selector: 'edge',
      style: {
        'line-color': 'data(colour)',
        width: `mapData(width, 0, 10, 0, ${10 * (options.projector ? 1.3 : 1)})`,
        'curve-style': options.webgl ? 'straight' : 'bezier',
        opacity: options.projector ? 0.85 : 0.65,
        'target-arrow-shape': 'none',
      },
    },
    {
      selector: 'edge[?directed]',
      style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(colour)' },
    },
    {
      selector: 'edge[?potential]',
      style: options.webgl
        ? { opacity: 0.3 }
        : { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] },
    },
    { selector: '.filtered', style: { display: 'none' } },
    // Quiet labels (all but the biggest actors', see quietLabels; fewer kept in projector mode)
    // appear only when zoomed well in.
    ...(options.labels === 'auto'
      ? [
          {
            selector: options.projector ? 'node.quiet-projector' : 'node.quiet',
            style: { 'min-zoomed-font-size': minLabel * 3 },
          },
        ]
      : []),
    { selector: 'node.dimmed', style: { opacity: 0.18, 'text-opacity': 0 } },
    { selector: 'edge.dimmed', style: { opacity: 0.06 } },
    {
      selector: 'node.highlighted',
      style: { 'min-zoomed-font-size': 0, 'font-weight': 700, 'z-index': 10 },
    },
    { selector: 'edge.highlighted', style: { opacity: 1, 'z-index': 10 } },
    {
      selector: 'node:selected',
      style: { 'border-width': 5, 'border-color': HIGHLIGHT_COLOUR },
    },
    {
      selector: 'edge:selected',
      style: {
        opacity: 1,
        'underlay-color': HIGHLIGHT_COLOUR,
        'underlay-opacity': 0.4,
        'underlay-padding': 4,
      },
    },
    // Time (the slider and before/after): absent elements keep their place in the layout but
    // are not drawn; new ties get a halo, ended ties fade out dashed, newcomers a double ring.
    { selector: '.absent', style: { visibility: 'hidden' } },
    {
      selector: 'edge.tie-new',
      style: {
        opacity: 1,
        'underlay-color': NEW_COLOUR,
        'underlay-opacity': 0.35,
        'underlay-padding': 3,
      },
    },
    {
      selector: 'edge.tie-ended',
      style: {
        opacity: 0.2,
        'line-style': 'dashed',
        'line-dash-pattern': [3, 3],
        'transition-property': 'opacity',
        'transition-duration': 0.6,
      },
    },
    // Before/after: on the earlier map, ties gone by the later date, plainly dashed.
    {
      selector: 'edge.tie-ending',
      style: { opacity: 0.9, 'line-style': 'dashed', 'line-dash-pattern': [6, 3] },
    },
    {
      selector: 'node.actor-left',
      style: { opacity: 0.3, 'transition-property': 'opacity', 'transition-duration': 0.6 },
    },
    {
      selector: 'node.actor-joined',
      style: { 'border-width': 5, 'border-style': 'double', 'border-color': NEW_COLOUR },
    },
  ];
}
