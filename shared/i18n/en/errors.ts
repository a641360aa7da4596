import type { ErrorCode } from '../../api/errors.ts';
import type { MessagesFor } from '../catalog-shape.ts';

/**
 * One message per backend error code (shared/api/errors.ts), filled from the error's params.
 * Each says what happened and what to do next (STYLE.md §8).
 */
export const errors = {
  input: {
    invalid:
      'The value of “{{field}}” is not valid, so nothing was saved. Correct it and try again.',
  },
  operation: {
    unknown:
      'Tejido’s backend does not know the action “{{name}}”. The window and the backend may come from different versions: restart Tejido.',
  },
  http: {
    unauthorized:
      'This browser tab is not allowed to use the project. Open the link that Tejido printed when it started (it contains the access key).',
    tooLarge:
      'Too much data was sent in one go. Bring large files in through the Import screen instead.',
    badJson:
      'The app sent a damaged request. Reload the page; if it happens again, restart Tejido.',
    notFound: 'The app asked for an address that does not exist. Reload the page.',
    methodNotAllowed:
      'The app made a request the server does not accept. Reload the page; if it happens again, restart Tejido.',
  },
  project: {
    none: 'No project is open. Open a project or create a new one first.',
    notFound:
      'The project file {{path}} does not exist. It may have been moved or deleted: open it from its new place.',
    notSqlite:
      'The file {{path}} is not a Tejido project (it is not a database). The file was not changed.',
    notTejido:
      'The file {{path}} is a database, but not a Tejido project. The file was not changed.',
    newerSchema:
      'This project was saved by a newer Tejido (file format {{found}}; this version reads up to {{supported}}). Update Tejido to open it. The file was not changed.',
    historyMismatch:
      'The project {{path}} has a format history this Tejido does not recognise (format {{version}}). It may come from a different build of Tejido. It was not opened and was not changed.',
    notInRecent:
      'That project is no longer in the list of recent projects. Open it again from its folder.',
    exists: 'A project already exists at {{path}}. Choose another name: nothing was overwritten.',
  },
  dialog: {
    unavailable:
      'File dialogs are not available in browser mode. Choose a project from the projects folder instead.',
    cancelled: 'No file was chosen, so nothing changed.',
  },
  actor: {
    notFound:
      'The actor “{{id}}” no longer exists; someone may have just deleted it. The list has been reloaded: try again.',
    hasTies: 'This actor has ties ({{count}}). Delete them too?',
    hasTies_one: 'This actor has {{count}} tie. Delete it too?',
    hasTies_other: 'This actor has {{count}} ties. Delete them too?',
    idTaken: 'Another actor already uses the id “{{id}}”. Choose a different id.',
    unknownSector:
      'The sector “{{sector}}” does not exist in this project. Choose a sector from the list.',
  },
  tie: {
    notFound:
      'The tie “{{id}}” no longer exists; someone may have just deleted it. The list has been reloaded: try again.',
    unknownActor:
      'The tie points to an actor that does not exist (“{{actor}}”). Choose both ends from the list of actors.',
    unknownType:
      'The tie type “{{type}}” does not exist in this project. Choose a type from the list.',
  },
  sector: {
    notFound: 'The sector “{{key}}” does not exist in this project.',
    inUse:
      'The sector “{{key}}” is still used by actors ({{count}}). Move them to another sector first.',
    inUse_one:
      'The sector “{{key}}” is still used by {{count}} actor. Move it to another sector first.',
    inUse_other:
      'The sector “{{key}}” is still used by {{count}} actors. Move them to another sector first.',
  },
  tieType: {
    notFound: 'The tie type “{{key}}” does not exist in this project.',
    inUse: 'The tie type “{{key}}” is still used by ties ({{count}}). Change their type first.',
    inUse_one: 'The tie type “{{key}}” is still used by {{count}} tie. Change its type first.',
    inUse_other: 'The tie type “{{key}}” is still used by {{count}} ties. Change their type first.',
  },
  group: {
    notFound:
      'The group “{{id}}” (learning community or tier) does not exist; it may have just been deleted.',
  },
  event: {
    notFound: 'The event “{{id}}” does not exist; it may have just been deleted.',
    unknownGroup:
      'The event belongs to a learning community that does not exist (“{{group}}”). Choose one from the list.',
  },
  wave: {
    notFound: 'The survey wave “{{id}}” does not exist; it may have just been deleted.',
  },
  network: {
    changing:
      'The project kept changing while its network was being read, so the network was not shown. Try again in a moment.',
  },
  changes: {
    nothingToUndo: 'There is nothing to undo.',
    nothingToRedo: 'There is nothing to redo.',
  },
  import: {
    blocked:
      'The files have {{errors}} problems that stop the import. Fix them in the files, or choose to skip the rows with problems. Nothing was imported.',
    noFiles: 'Choose at least one file to import.',
    unknownFormat:
      'Tejido cannot tell what kind of file “{{file}}” is. Choose its format (CSV, Excel, GEXF, GraphML, UCINET DL or Pajek) and try again.',
  },
  upload: {
    notFound:
      'The file being sent was lost (the upload “{{id}}” is unknown). Choose the file again.',
    badOffset: 'Part of the file arrived out of order. Choose the file again.',
    tooLarge: 'The file is larger than {{limit}}. Split it into smaller files.',
  },
  measure: {
    weightMissing:
      'The tie {{source}} → {{target}} has no “{{attribute}}” value, so weighted measures cannot be computed. Give every tie a weight, or compute the measures without weights.',
    weightNotNumeric:
      'The “{{attribute}}” of the tie {{source}} → {{target}} is not a number. Correct it, or compute the measures without weights.',
    weightNotPositive:
      'Path measures need positive weights (a weight is read as closeness: distance = 1 / weight), and the tie {{source}} → {{target}} weighs {{weight}}. The other measures were computed.',
    needsDirected:
      '{{measure}} needs directed ties (who goes to whom). This network is undirected, so it was not computed.',
    noTies: '{{measure}} needs at least one tie; this network has none.',
    notConverged:
      '{{measure}} did not settle after {{iterations}} rounds, so no value is shown rather than an unreliable one.',
    unknownActor:
      'The actor “{{actor}}” is not in this network (at this date and with these filters).',
  },
  workshop: {
    notFound: 'The workshop session “{{id}}” does not exist (any more). Choose another session.',
    shared:
      'This session is being shared with participants right now. Stop sharing first, then delete it.',
  },
  proposal: {
    notFound: 'That proposal does not exist (any more). The list will refresh.',
    decided:
      'That proposal was already accepted or rejected. Undo that decision first to change it.',
  },
  share: {
    unavailable:
      'Sharing on the local network is not available here. Start Tejido as the desktop app or with “tejido serve”.',
    noNetwork:
      'This computer has no local network address, so nobody could join. Connect to the room’s Wi-Fi or network and share again.',
    badCode:
      'That join code is wrong or has expired. Check the code on the projector and try again.',
    notParticipant:
      'Your access to this workshop has ended (sharing stopped or restarted). Scan the code again to rejoin.',
    tooManyAttempts:
      'Too many attempts to join from this device. Wait a minute, then type the code again carefully.',
    rateLimited: 'You are sending proposals very fast. Wait a minute, then send the rest.',
  },
  internal:
    'Tejido could not finish this action because of an internal problem. Try again; if it keeps happening, restart Tejido. The details were written to the log.',
} as const satisfies MessagesFor<ErrorCode>;
