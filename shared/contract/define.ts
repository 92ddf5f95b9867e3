import type { z } from 'zod';

/** One entry of the contract: the input the caller sends and the output it gets back. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** What the call does, in Vietnamese (shown in the CLI's contract listing). */
  summary: string;
}

export function defineCall<I extends z.ZodType, O extends z.ZodType>(spec: CallSpec<I, O>) {
  return spec;
}
