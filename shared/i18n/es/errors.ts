import type { ErrorCode } from '../../api/errors.ts';
import type { CatalogShape, MessagesFor } from '../catalog-shape.ts';
import type { errors as en } from '../en/errors.ts';

export const errors = {
  input: {
    invalid:
      'El valor de «{{field}}» no es válido, así que no se guardó nada. Corrígelo e inténtalo de nuevo.',
  },
  operation: {
    unknown:
      'El motor de Tejido no conoce la acción «{{name}}». La ventana y el motor pueden ser de versiones distintas: reinicia Tejido.',
  },
  http: {
    unauthorized:
      'Esta pestaña del navegador no tiene permiso para usar el proyecto. Abre el enlace que Tejido mostró al iniciar (contiene la clave de acceso).',
    tooLarge:
      'Se enviaron demasiados datos de una vez. Trae los archivos grandes desde la pantalla Importar.',
    badJson:
      'La aplicación envió una solicitud dañada. Recarga la página; si vuelve a pasar, reinicia Tejido.',
    notFound: 'La aplicación pidió una dirección que no existe. Recarga la página.',
    methodNotAllowed:
      'La aplicación hizo una solicitud que el servidor no acepta. Recarga la página; si vuelve a pasar, reinicia Tejido.',
  },
  project: {
    none: 'No hay ningún proyecto abierto. Primero abre un proyecto o crea uno nuevo.',
    notFound:
      'El archivo de proyecto {{path}} no existe. Quizá se movió o se borró: ábrelo desde su nuevo lugar.',
    notSqlite:
      'El archivo {{path}} no es un proyecto de Tejido (no es una base de datos). El archivo no se modificó.',
    notTejido:
      'El archivo {{path}} es una base de datos, pero no un proyecto de Tejido. El archivo no se modificó.',
    newerSchema:
      'Este proyecto se guardó con un Tejido más reciente (formato {{found}}; esta versión lee hasta el {{supported}}). Actualiza Tejido para abrirlo. El archivo no se modificó.',
    historyMismatch:
      'El proyecto {{path}} tiene un historial de formato que este Tejido no reconoce (formato {{version}}). Puede venir de otra compilación de Tejido. No se abrió ni se modificó.',
    notInRecent:
      'Ese proyecto ya no está en la lista de proyectos recientes. Vuelve a abrirlo desde su carpeta.',
    exists: 'Ya existe un proyecto en {{path}}. Elige otro nombre: no se sobrescribió nada.',
  },
  dialog: {
    unavailable:
      'Los diálogos de archivos no están disponibles en el modo navegador. Elige un proyecto de la carpeta de proyectos.',
    cancelled: 'No se eligió ningún archivo, así que nada cambió.',
  },
  actor: {
    notFound:
      'El actor «{{id}}» ya no existe; quizá alguien acaba de eliminarlo. La lista se recargó: inténtalo de nuevo.',
    hasTies: 'Este actor tiene vínculos ({{count}}). ¿Eliminarlos también?',
    hasTies_one: 'Este actor tiene {{count}} vínculo. ¿Eliminarlo también?',
    hasTies_other: 'Este actor tiene {{count}} vínculos. ¿Eliminarlos también?',
    idTaken: 'Otro actor ya usa el identificador «{{id}}». Elige uno distinto.',
    unknownSector:
      'El sector «{{sector}}» no existe en este proyecto. Elige un sector de la lista.',
  },
  tie: {
    notFound:
      'El vínculo «{{id}}» ya no existe; quizá alguien acaba de eliminarlo. La lista se recargó: inténtalo de nuevo.',
    unknownActor:
      'El vínculo apunta a un actor que no existe («{{actor}}»). Elige ambos extremos de la lista de actores.',
    unknownType:
      'El tipo de vínculo «{{type}}» no existe en este proyecto. Elige un tipo de la lista.',
  },
  sector: {
    notFound: 'El sector «{{key}}» no existe en este proyecto.',
    inUse: 'Todavía hay actores en el sector «{{key}}» ({{count}}). Primero pásalos a otro sector.',
    inUse_one: 'Todavía hay {{count}} actor en el sector «{{key}}». Primero pásalo a otro sector.',
    inUse_other:
      'Todavía hay {{count}} actores en el sector «{{key}}». Primero pásalos a otro sector.',
  },
  tieType: {
    notFound: 'El tipo de vínculo «{{key}}» no existe en este proyecto.',
    inUse: 'Todavía hay vínculos del tipo «{{key}}» ({{count}}). Primero cámbiales el tipo.',
    inUse_one: 'Todavía hay {{count}} vínculo del tipo «{{key}}». Primero cámbiale el tipo.',
    inUse_other: 'Todavía hay {{count}} vínculos del tipo «{{key}}». Primero cámbiales el tipo.',
  },
  group: {
    notFound:
      'El grupo «{{id}}» (comunidad de aprendizaje o nivel) no existe; quizá se acaba de eliminar.',
  },
  event: {
    notFound: 'El evento «{{id}}» no existe; quizá se acaba de eliminar.',
    unknownGroup:
      'El evento pertenece a una comunidad de aprendizaje que no existe («{{group}}»). Elige una de la lista.',
  },
  wave: {
    notFound: 'La ola de encuesta «{{id}}» no existe; quizá se acaba de eliminar.',
  },
  network: {
    changing:
      'El proyecto siguió cambiando mientras se leía su red, así que no se mostró. Vuelve a intentarlo en un momento.',
  },
  changes: {
    nothingToUndo: 'No hay nada que deshacer.',
    nothingToRedo: 'No hay nada que rehacer.',
  },
  import: {
    blocked:
      'Los archivos tienen {{errors}} problemas que impiden importarlos. Corrígelos en los archivos o elige omitir las filas con problemas. No se importó nada.',
    noFiles: 'Elige al menos un archivo para importar.',
    unknownFormat:
      'Tejido no reconoce qué tipo de archivo es «{{file}}». Elige su formato (CSV, Excel, GEXF, GraphML, UCINET DL o Pajek) e inténtalo de nuevo.',
  },
  upload: {
    notFound:
      'Se perdió el archivo que se estaba enviando (la carga «{{id}}» no existe). Elige el archivo otra vez.',
    badOffset: 'Una parte del archivo llegó fuera de orden. Elige el archivo otra vez.',
    tooLarge: 'El archivo pesa más de {{limit}}. Divídelo en archivos más pequeños.',
  },
  measure: {
    weightMissing:
      'El vínculo {{source}} → {{target}} no tiene valor de «{{attribute}}», así que no se pueden calcular medidas ponderadas. Da un peso a cada vínculo o calcula las medidas sin pesos.',
    weightNotNumeric:
      'El «{{attribute}}» del vínculo {{source}} → {{target}} no es un número. Corrígelo o calcula las medidas sin pesos.',
    weightNotPositive:
      'Las medidas de caminos necesitan pesos positivos (el peso se lee como cercanía: distancia = 1 / peso), y el vínculo {{source}} → {{target}} pesa {{weight}}. Las demás medidas sí se calcularon.',
    needsDirected:
      '{{measure}} necesita vínculos dirigidos (quién va hacia quién). Esta red no es dirigida, así que no se calculó.',
    noTies: '{{measure}} necesita al menos un vínculo; esta red no tiene ninguno.',
    notConverged:
      '{{measure}} no se estabilizó tras {{iterations}} rondas, así que no se muestra un valor en lugar de uno poco fiable.',
    unknownActor: 'El actor «{{actor}}» no está en esta red (en esta fecha y con estos filtros).',
  },
  workshop: {
    notFound: 'La sesión de taller «{{id}}» no existe (ya). Elige otra sesión.',
    shared:
      'Esta sesión se está compartiendo con participantes ahora mismo. Deja de compartirla primero y luego bórrala.',
  },
  proposal: {
    notFound: 'Esa propuesta no existe (ya). La lista se actualizará.',
    decided: 'Esa propuesta ya se aceptó o rechazó. Deshaz esa decisión primero para cambiarla.',
  },
  share: {
    unavailable:
      'Compartir en la red local no está disponible aquí. Abre Tejido como aplicación de escritorio o con «tejido serve».',
    noNetwork:
      'Esta computadora no tiene dirección en la red local, así que nadie podría unirse. Conéctate al wifi o la red del salón y vuelve a compartir.',
    badCode:
      'Ese código para unirte es incorrecto o ya caducó. Revisa el código en el proyector e inténtalo de nuevo.',
    notParticipant:
      'Tu acceso a este taller terminó (se dejó de compartir o se reinició). Escanea el código otra vez para volver a unirte.',
    tooManyAttempts:
      'Demasiados intentos de unirse desde este dispositivo. Espera un minuto y escribe el código otra vez con cuidado.',
    rateLimited: 'Estás enviando propuestas muy rápido. Espera un minuto y luego envía las demás.',
  },
  internal:
    'Tejido no pudo terminar esta acción por un problema interno. Inténtalo de nuevo; si sigue pasando, reinicia Tejido. Los detalles quedaron en el registro.',
} as const satisfies CatalogShape<typeof en> & MessagesFor<ErrorCode>;
