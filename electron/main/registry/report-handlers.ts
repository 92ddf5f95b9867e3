import { drill } from '../services/reports/drill';
import type { TallyEngine } from '../services/reports/tally-engine';
import type { Handlers } from './registry';

/** Tallies and drill-down; both only read, so nothing is audited. */
export function reportHandlers(
  engine: TallyEngine,
): Pick<Handlers, 'reports:tally' | 'reports:drill' | 'reports:week-start'> {
  return {
    'reports:tally': (input) => engine.compute(input),
    'reports:drill': (input) => drill(engine, input),
    'reports:week-start': async () => ({ weekStartDay: await engine.weekStartDay() }),
  };
}
