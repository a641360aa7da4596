import type { CatalogShape } from '../catalog-shape.ts';
import type { app as en } from '../en/app.ts';

export const app = {
  name: 'Tejido',
  skipToContent: 'Saltar al contenido',
  nav: {
    label: 'Pantallas',
    map: 'Mapa',
    data: 'Datos',
    measures: 'Medidas',
    overTime: 'En el tiempo',
    import: 'Importar',
    workshop: 'Taller',
    report: 'Informe',
  },
  language: {
    label: 'Idioma',
    es: 'ES',
    en: 'EN',
    esName: 'Español',
    enName: 'English',
  },
  project: {
    label: 'Proyecto',
    loading: 'Abriendo el proyecto…',
    unavailable: 'Ningún proyecto abierto',
  },
  screens: {
    map: {
      title: 'Mapa',
      description:
        'Dibuja el sistema local como una red: actores coloreados por sector, con tamaño según una medida, vínculos potenciales punteados y una línea de tiempo para ver cómo cambian las alianzas.',
    },
    data: {
      title: 'Datos',
      description:
        'Los actores y vínculos del proyecto abierto. Agrégalos, corrígelos o elimínalos aquí.',
    },
    measures: {
      title: 'Medidas',
      description:
        'Quién es central, quién conecta grupos, quién está aislado: una tabla de medidas de red por actor, un resumen de toda la red y la mezcla entre sectores, cada una con su definición.',
    },
    overTime: {
      title: 'En el tiempo',
      description:
        'Compara la red entre olas de encuesta o eventos: alianzas nuevas, vínculos que cruzan sectores e imágenes de antes y después de cada comunidad de aprendizaje.',
    },
    import: {
      title: 'Importar',
      description:
        'Trae encuestas y hojas de cálculo (CSV, Excel, exportaciones de KoboToolbox u ODK) con una vista previa y una lista clara de las filas que no se pudieron leer.',
    },
    workshop: {
      title: 'Taller',
      description:
        'Captura rápida en un proyector: agrega actores y vínculos conforme la gente los nombra, marca aliados potenciales y ve a quién acercarse en el gobierno o el sector privado.',
    },
    report: {
      title: 'Informe',
      description:
        'Prepara un informe para donantes y aliados: mapas de antes y después y unos cuantos indicadores confiables, con nombres seudonimizados si así lo eliges.',
    },
  },
} as const satisfies CatalogShape<typeof en>;
