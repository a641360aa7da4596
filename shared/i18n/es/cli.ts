import type { CatalogShape } from '../catalog-shape.ts';
import type { cli as english } from '../en/cli.ts';

/** Mensajes de la línea de comandos `tejido`. */
export const cli: CatalogShape<typeof english> = {
  usage:
    'Uso: tejido <comando> [opciones]\n\nComandos:\n  serve [--port N] [--project ARCHIVO] [--no-open]   Inicia el modo navegador en 127.0.0.1\n  help                                               Muestra esta ayuda',
  unknownCommand: 'Comando desconocido "{{command}}". Ejecute "tejido help" para ver la lista.',
  badArguments: 'Argumentos no válidos: {{reason}}',
  failed: 'Error: {{message}}',
  serve: {
    ready:
      'Tejido está funcionando en modo navegador con el proyecto {{project}}.\nAbra esta dirección (lleva el código de acceso):\n{{url}}\nPulse Ctrl+C para detenerlo.',
    badPort: '"{{port}}" no es un número de puerto (0–65535).',
    notBuilt:
      'La aplicación no está compilada: {{dir}} no tiene index.html. Ejecute primero "npm run build".',
  },
  start: {
    noElectron:
      'El ejecutable de Electron no está instalado ({{reason}}); se inicia el modo navegador.',
  },
};
