import type { z } from 'zod';
import type { UserRole } from '../domain/classification';

/**
 * Who may make a call: anyone holding the launch token ('public': sign-in itself, the waiting-room
 * display), any signed-in user, or only the listed roles. The registry enforces it on every call.
 */
export type Access = 'public' | 'signed-in' | readonly UserRole[];

/** One entry of the contract: the input the caller sends and the output it gets back. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** What the call does, in Vietnamese (shown in the CLI's contract listing). */
  summary: string;
  access: Access;
}

/** A call spec; `access` defaults to 'signed-in'. */
export function defineCall<I extends z.ZodType, O extends z.ZodType>(
  spec: Omit<CallSpec<I, O>, 'access'> & { access?: Access },
): CallSpec<I, O> {
  return { ...spec, access: spec.access ?? 'signed-in' };
}
