/**
 * Generator parameters and presets. The version is stored beside each generated file: a database built by
 * another version or with other parameters is rebuilt, never reused.
 */

/** Bump whenever the generated data would change for the same parameters. */
export const GENERATOR_VERSION = 1;

export interface GeneratorParams {
  seed: number;
  visits: number;
  persons: number;
  cases: number;
  /** First and last day of the register (yyyy-mm-dd, local dates). */
  from: string;
  to: string;
  /** Share of cases brought by a group delegation (đoàn đông người). */
  groupRate: number;
  /** Share of visits refused (Art. 9). */
  refusalRate: number;
}

const BASE = { seed: 20_210_104, from: '2021-01-04', to: '2026-10-30', groupRate: 0.03, refusalRate: 0.004 };

/** `full` is the acceptance size; `small` a quick check. */
export const PRESETS = {
  full: { ...BASE, visits: 1_000_000, persons: 400_000, cases: 300_000 },
  medium: { ...BASE, visits: 100_000, persons: 40_000, cases: 30_000 },
  small: { ...BASE, visits: 10_000, persons: 4_000, cases: 3_000 },
} as const satisfies Record<string, GeneratorParams>;

export type PresetName = keyof typeof PRESETS;

/** The size name and parameters from `--size <preset>` plus optional `--visits/--persons/--cases/--seed`. */
export function paramsFromArgs(argv: readonly string[]): { size: string; params: GeneratorParams } {
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const sizeArg = value('--size') ?? 'full';
  if (!(sizeArg in PRESETS)) {
    throw new Error(`Unknown --size "${sizeArg}"; use one of ${Object.keys(PRESETS).join(', ')}.`);
  }
  const params: GeneratorParams = { ...PRESETS[sizeArg as PresetName] };
  let isCustom = false;
  for (const key of ['visits', 'persons', 'cases', 'seed'] as const) {
    const text = value(`--${key}`);
    if (text === undefined) continue;
    const number = Number(text);
    if (!Number.isInteger(number) || number <= 0) throw new Error(`--${key} must be a positive integer.`);
    params[key] = number;
    isCustom = true;
  }
  if (params.visits < params.cases || params.visits > params.cases * 8) {
    throw new Error('Each case is visited 1 to 8 times: visits must lie between cases and 8 × cases.');
  }
  return { size: isCustom ? `${sizeArg}-custom` : sizeArg, params };
}
