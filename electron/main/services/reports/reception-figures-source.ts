import { receptionFigures } from '../schedule/reception-figures';
import type { ReceptionFiguresSource } from './tally-context';

/**
 * The one place that picks where the tallies get the heads' schedule, sessions and dialogues: the
 * published schedule, the sessions held and the dialogue conferences. The app, the web host and the CLI
 * all read it from here.
 */
export const defaultReceptionFigures: ReceptionFiguresSource = receptionFigures;
