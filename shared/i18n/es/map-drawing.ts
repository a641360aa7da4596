import type { CatalogShape } from '../catalog-shape.ts';
import type { mapDrawing as english } from '../en/map-drawing.ts';

/** El lienzo del mapa: lo que dice mientras se acomoda un mapa grande. */
export const mapDrawing: CatalogShape<typeof english> = {
  arranging: 'Acomodando el mapa según sus vínculos… {{percent}} %',
};
