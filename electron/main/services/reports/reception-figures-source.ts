import { interimReceptionFigures } from './interim-reception-figures';
import type { ReceptionFiguresSource } from './tally-context';

/**
 * The one place that picks where the tallies get the heads' schedule, sessions and dialogues. Interim until
 * issue 7's `receptionFigures` lands; swapping it here swaps it for the app, the web host and the CLI.
 */
export const defaultReceptionFigures: ReceptionFiguresSource = interimReceptionFigures;
