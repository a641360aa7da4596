import type { NetworkSnapshot } from '../../../shared/api/network.ts';
import type { ActorId } from '../../../shared/domain/ids.ts';
import type { Language } from '../../../shared/i18n/catalogs.ts';
import type { MapMeasures } from '../../../shared/map/map-measures.ts';
import { ActorPanel } from './ActorPanel.tsx';
import type { MapSelection } from './cy-elements.ts';
import { TiePanel } from './TiePanel.tsx';

interface MapDetailsProps {
  selection: MapSelection;
  snapshot: NetworkSnapshot;
  measures: MapMeasures;
  language: Language;
  onClose: () => void;
  onEgo: (actorId: ActorId) => void;
  onSelectTie: (tieId: string) => void;
}

/** The side panel for whatever is selected: an actor, a tie, or nothing. */
export function MapDetails({ selection, snapshot, ...rest }: MapDetailsProps) {
  if (selection?.kind === 'actor') {
    const actor = snapshot.actors.find((candidate) => candidate.id === selection.id);
    return actor ? <ActorPanel actor={actor} snapshot={snapshot} {...rest} /> : null;
  }
  if (selection?.kind === 'tie') {
    const tie = snapshot.ties.find((candidate) => candidate.id === selection.id);
    return tie ? (
      <TiePanel tie={tie} snapshot={snapshot} language={rest.language} onClose={rest.onClose} />
    ) : null;
  }
  return null;
}
