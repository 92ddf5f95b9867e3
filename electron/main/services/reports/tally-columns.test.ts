import { describe, expect, it } from 'vitest';
import { scenarioFigures } from '../../../../test/fixtures/tally-scenario';
import { createTallyEngine } from './tally-engine';
import { useTallyScenario } from '../../../../test/fixtures/use-tally-scenario';
import { fixedClock } from '../../../../test/fixtures/test-db';
import { bieu01TcdTt02 } from '../../../../shared/reports/definitions/bieu-01-tcd-tt02-2021';
import { bieu01TcdTt06 } from '../../../../shared/reports/definitions/bieu-01-tcd-tt06-2025';

const { db, scenario, engine } = useTallyScenario();

async function form01(regime: 'tt06-2025' | 'tt01-2024' | 'tt02-2021') {
  const result = await engine().compute({ periodSpec: '2024-H1', regime, compare: false });
  const table = result.reports[0]!;
  expect(table.reportId).toBe('bieu-01-tcd');
  return table;
}

// Visits in 15/12/2023 – 14/06/2024, refused V7 left out: desk V1 V4 V5(4) V6(5); head V2 V8(6); delegated V3 V9.
// Cases placed once: head A (desk too) and F; delegated B (desk too) and G; desk C and D.
describe('Biểu 01/TCD, TT 06/2025 (21 columns), 2024-H1', () => {
  it.each([
    ['1', 8, 'lượt: 8 accepted visits (the refused one apart)'],
    ['2', 20, 'người: 1+1+1+1+4+5+6+1 headcounts'],
    ['3', 6, 'vụ việc: A B C D F G, each once'],
    ['4', 2, 'đoàn: D (exactly 5) and F (6); C (4) is not'],
    ['5', 4, 'desk lượt: V1 V4 V5 V6'],
    ['6', 11, 'desk người: 1+1+4+5'],
    ['7', 2, 'desk vụ việc: C and D (A went to the head, B to delegated)'],
    ['8', 1, 'desk đoàn: D'],
    ['9', 5, 'desk người trong đoàn: D'],
    ['10', 4, 'head announced days (hand-built figures)'],
    ['11', 2, 'head lượt: V2 V8'],
    ['12', 7, 'head người: 1+6'],
    ['13', 2, 'head vụ việc: A and F'],
    ['14', 1, 'head đoàn: F'],
    ['15', 6, 'head người trong đoàn: F'],
    ['16', 2, 'delegated announced days'],
    ['17', 2, 'delegated lượt: V3 V9'],
    ['18', 2, 'delegated người'],
    ['19', 2, 'delegated vụ việc: B and G'],
    ['20', 0, 'delegated đoàn: none'],
    ['21', 0, 'delegated người trong đoàn: none'],
  ])('column %s = %i (%s)', async (column, expected) => {
    const table = await form01('tt06-2025');
    expect(table.columns).toHaveLength(21);
    expect(table.rows[0]!.values[column]).toBe(expected);
  });

  it('checks 1 = 5+11+17 … on the row, all holding, and labels the row with the office', async () => {
    const table = await form01('tt06-2025');
    expect(table.rows[0]!.label).toBe('Ban Tiếp công dân huyện Mẫu');
    expect(table.identities.map((check) => [check.expression, check.left, check.right, check.holds])).toEqual(
      [
        ['1 = 5+11+17', 8, 8, true],
        ['2 = 6+12+18', 20, 20, true],
        ['3 = 7+13+19', 6, 6, true],
        ['4 = 8+14+20', 2, 2, true],
      ],
    );
  });
});

describe.each(['tt01-2024', 'tt02-2021'] as const)('Biểu 01/TCD, %s (29 columns), 2024-H1', (regime) => {
  it.each([
    ['1', 8, 'lượt'],
    ['2', 20, 'người'],
    ['3', 6, 'vụ việc'],
    ['4', 4, 'desk lượt'],
    ['5', 11, 'desk người'],
    ['6', 2, 'desk vụ việc lần đầu: C, D'],
    ['7', 0, 'desk vụ việc nhiều lần: none (B went to delegated)'],
    ['8', 1, 'desk số đoàn: D'],
    ['9', 5, 'desk người trong đoàn'],
    ['10', 1, 'desk đoàn vụ việc lần đầu: D'],
    ['11', 0, 'desk đoàn vụ việc nhiều lần'],
    ['12', 2, 'head số kỳ tiếp: định kỳ 1 + đột xuất 1'],
    ['13', 2, 'head lượt'],
    ['14', 7, 'head người'],
    ['15', 1, 'head vụ việc lần đầu: A'],
    ['16', 1, 'head vụ việc nhiều lần: F (first received 01/10/2023)'],
    ['17', 1, 'head số đoàn: F'],
    ['18', 6, 'head người trong đoàn'],
    ['19', 0, 'head đoàn vụ việc lần đầu'],
    ['20', 1, 'head đoàn vụ việc nhiều lần: F'],
    ['21', 2, 'delegated số kỳ tiếp'],
    ['22', 2, 'delegated lượt'],
    ['23', 2, 'delegated người'],
    ['24', 1, 'delegated vụ việc lần đầu: G (first received on the last day)'],
    ['25', 1, 'delegated vụ việc nhiều lần: B'],
    ['26', 0, 'delegated số đoàn'],
    ['27', 0, 'delegated người trong đoàn'],
    ['28', 0, 'delegated đoàn vụ việc lần đầu'],
    ['29', 0, 'delegated đoàn vụ việc nhiều lần'],
  ])('column %s = %i (%s)', async (column, expected) => {
    const table = await form01(regime);
    expect(table.columns).toHaveLength(29);
    expect(table.definitionVersion).toBe('tt02-2021');
    expect(table.rows[0]!.values[column]).toBe(expected);
  });

  it('checks its three identities, all holding', async () => {
    const table = await form01(regime);
    expect(table.identities.map((check) => [check.expression, check.left, check.holds])).toEqual([
      ['1 = 4+13+22', 8, true],
      ['2 = 5+14+23', 20, true],
      ['3 = 6+7+15+16+24+25', 6, true],
    ]);
  });
});

describe('cubes grouped only by what the set uses', () => {
  it.each([
    ['tt06-2025', bieu01TcdTt06],
    ['tt01-2024', bieu01TcdTt02],
  ] as const)(
    'a %s set of Biểu 01/TCD alone gives the same numbers as the full set',
    async (regime, definition) => {
      const figures = scenarioFigures(scenario().sessions);
      const alone = createTallyEngine({
        db: db(),
        clock: fixedClock('2026-11-27T02:30:00Z'),
        appVersion: 'test',
        receptionFigures: () => Promise.resolve(figures),
        definitions: [definition],
      });
      const request = { periodSpec: '2024-H1', regime, compare: true };
      const [lean, full] = await Promise.all([alone.compute(request), engine().compute(request)]);
      expect(lean.reports).toHaveLength(1);
      expect(lean.reports[0]).toEqual(full.reports[0]);
      expect(lean.compare?.reports[0]).toEqual(full.compare?.reports[0]);
      expect(lean.narrative).toBe(full.narrative);
    },
  );
});
