import type { CatalogShape } from '../catalog-shape.ts';
import type { common as en } from '../en/common.ts';

export const common = {
  save: 'Guardar',
  saving: 'Guardando…',
  cancel: 'Cancelar',
  close: 'Cerrar',
  delete: 'Eliminar',
  deleting: 'Eliminando…',
  edit: 'Editar',
  retry: 'Intentar de nuevo',
  loading: 'Cargando…',
  optional: '(opcional)',
  none: '—',
  errorTitle: 'Algo requiere tu atención',
} as const satisfies CatalogShape<typeof en>;
