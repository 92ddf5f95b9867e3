/**
 * Seeds of the property runs: a fixed one, so a failure in CI replays exactly, and a random one per run,
 * printed, so new cases keep being tried and any failure can still be replayed.
 */

/** The fixed seed of every suite (the day the issue was opened). */
export const FIXED_SEED = 20261127;

/**
 * The random run's seed: PROPERTY_SEED from the environment when replaying, else a fresh one. It is
 * printed either way, with the command that replays it.
 */
export function randomRunSeed(suite: string): number {
  const fromEnv = Number(process.env.PROPERTY_SEED);
  const seed =
    Number.isInteger(fromEnv) && process.env.PROPERTY_SEED !== '' ? fromEnv : (Math.random() * 2 ** 31) | 0;
  console.info(
    `[property] ${suite}: random seed ${seed} (replay: PROPERTY_SEED=${seed} npx vitest run test/property)`,
  );
  return seed;
}
