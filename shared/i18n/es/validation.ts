import type { CatalogShape } from '../catalog-shape.ts';
import type { validation as en } from '../en/validation.ts';

export const validation = {
  required: 'Llena este campo.',
  chooseOne: 'Elige una opción de la lista.',
  tooLong: 'Demasiado largo: como máximo {{maximum}} caracteres.',
  tooSmall: 'Debe ser al menos {{minimum}}.',
  tooBig: 'Debe ser como máximo {{maximum}}.',
  number: 'Escribe un número, por ejemplo 1 o 2.5.',
  date: 'Escribe una fecha real como AAAA-MM-DD, por ejemplo 2019-06-30.',
  endAfterStart: 'La fecha de fin debe ser posterior a la de inicio.',
  spellsOverlap:
    'Estas fechas se traslapan con otro periodo del mismo vínculo. Ajústalas para que los periodos no se traslapen.',
  invalid: 'Este valor no es válido.',
  formSummary: 'Corrige los campos marcados; todavía no se guardó nada.',
} as const satisfies CatalogShape<typeof en>;
