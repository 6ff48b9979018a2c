import type { FigureContext } from '../../core/figure/views/figureInputs';
import type { View } from '../../core/view/view';
import { useDataPackage } from '../../data/queries/dataPackage';
import { useEvents } from '../../data/queries/events';
import { viewLink } from './viewLink';

/** Returns what every figure needs besides its own data: the events, the data version and the view's link. */
export function useFigureContext(view: View): FigureContext {
  const events = useEvents();
  const dataPackage = useDataPackage();
  return {
    events: events.data ?? [],
    dataVersion: dataPackage.data?.contentHash ?? '',
    link: viewLink(view),
  };
}
