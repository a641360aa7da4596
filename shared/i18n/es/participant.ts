import type { CatalogShape } from '../catalog-shape.ts';
import type { participant as english } from '../en/participant.ts';

/** La página del teléfono de quien participa (renderer/participant): unirse y proponer. */
export const participant: CatalogShape<typeof english> = {
  title: 'Taller de Tejido',
  language: 'Idioma',
  code: {
    title: 'Únete al taller',
    label: 'Código para unirte',
    hint: 'El código que se ve en el proyector.',
    next: 'Continuar',
  },
  organisation: {
    title: '¿A quién representas?',
    search: 'Busca tu organización',
    pick: 'Elegir',
    chosen: 'Hablas por {{name}}',
    none: 'Ninguna organización coincide.',
    notListed: 'Mi organización no está en la lista',
    newName: 'Nombre de tu organización',
    newSector: 'Sector',
    noSector: 'No estoy seguro',
    newHint: 'La persona facilitadora la revisará antes de ponerla en el mapa.',
    displayName: 'Tu nombre (opcional)',
    join: 'Unirme',
    listUnavailable: 'No se pudo cargar la lista de organizaciones; escribe el nombre de la tuya.',
  },
  propose: {
    welcome: 'Te uniste a «{{workshop}}»',
    question: 'La pregunta: {{question}}',
    as: 'Propones por {{name}}',
    asPending: 'Propones como {{name}} (tu organización espera a la persona facilitadora)',
    tabs: { tie: 'Proponer un vínculo', rating: 'Calificar un actor' },
    from: 'Desde',
    to: '¿Con quién?',
    search: 'Busca un actor',
    type: 'Tipo de vínculo',
    status: '¿Ya es un vínculo hoy?',
    statuses: { existing: 'Sí, trabajamos juntos', potential: 'Todavía no: un aliado potencial' },
    actor: '¿Qué actor?',
    influence: '¿Cuánta influencia tiene en la pregunta? (0 ninguna – 5 decisiva)',
    stance: 'Su postura',
    stances: { supports: 'A favor', neutral: 'Neutral', opposes: 'En contra', unknown: 'No sé' },
    send: 'Enviar',
    sending: 'Enviando…',
    sent: 'Enviado, esperando a la persona facilitadora.',
    duplicate: 'Alguien ya propuso esto; la persona facilitadora lo verá una sola vez.',
    history: 'Lo que enviaste',
    choose: 'Primero elige un actor.',
    same: 'Elige dos actores distintos.',
  },
  problems: {
    badCode: 'Ese código no es correcto. Revisa el código del proyector e inténtalo de nuevo.',
    expired:
      'El código de esta sesión caducó: la persona facilitadora dejó de compartir. Pide el nuevo código para volver a unirte.',
    slowDown: 'Demasiados intentos en poco tiempo. Espera un minuto y vuelve a enviar.',
    invalid: 'El taller no aceptó esto. Revisa lo que elegiste e inténtalo de nuevo.',
    network:
      'No se puede llegar a la computadora de la facilitación: quizá dejó de compartir, o no estás en el wifi del taller.',
    server: 'Algo falló en la computadora de la facilitación. Inténtalo de nuevo en un momento.',
    rejoin: 'Volver a unirme',
  },
};
