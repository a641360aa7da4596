import type { CatalogShape } from '../catalog-shape.ts';
import type { time as english } from '../en/time.ts';

/** Análisis en el tiempo: la definición de una frase que acompaña a cada indicador de resultados sistémicos. */
export const time: CatalogShape<typeof english> = {
  indicators: {
    newAlliances:
      'Alianzas nuevas: vínculos que empezaron en el periodo entre dos actores que no tenían ningún vínculo el día anterior.',
    crossSectorShare:
      'Proporción de vínculos entre sectores: vínculos entre actores de sectores distintos, sobre todos los vínculos cuyos dos extremos tienen sector conocido.',
    sectorReach:
      'Alcance de las OSC: la proporción de OSC con al menos un vínculo directo con algún actor de cada uno de los demás sectores.',
    convenerDependence:
      'Dependencia de la organización convocante: cómo cambian el número de componentes, el componente más grande y la distancia media al quitar a la convocante y sus vínculos.',
    memberGains:
      'Miembros frente a no miembros: vínculos nuevos por actor entre dos fechas, para quienes forman parte de una comunidad de aprendizaje y para el resto.',
    meetingTies:
      'Encontrarse y trabajar juntos: de los pares que asistieron juntos a un evento y aún no tenían vínculo, la proporción que formó uno en 6 y en 12 meses, frente a pares de los mismos sectores que nunca coincidieron en un evento.',
    meetingTiesNote:
      'Esto muestra una asociación, no una causa: quienes deciden asistir quizá ya estaban por trabajar juntos.',
  },
};
