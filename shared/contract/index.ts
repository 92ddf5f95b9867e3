import type { z } from 'zod';
import { auditCalls } from './audit';
import { authCalls } from './auth';
import { backupCalls } from './backup';
import { caseCalls } from './cases';
import { importCalls } from './imports';
import { petitionCalls } from './petitions';
import { printCalls } from './print';
import { queueCalls } from './queue';
import { referenceCalls } from './reference';
import { reportCalls } from './reports';
import { sessionCalls } from './sessions';
import { settingsCalls } from './settings';
import { systemCalls } from './system';
import { visitCalls } from './visits';
import { scheduleCalls } from './schedule';
import { dialogueCalls } from './dialogues';
import { exportCalls } from './exports';

/** Every call main answers, named `domain:verb`. */
export const contract = {
  ...authCalls,
  ...auditCalls,
  ...systemCalls,
  ...visitCalls,
  ...caseCalls,
  ...sessionCalls,
  ...referenceCalls,
  ...importCalls,
  ...queueCalls,
  ...settingsCalls,
  ...printCalls,
  ...backupCalls,
  ...scheduleCalls,
  ...dialogueCalls,
  ...exportCalls,
  ...reportCalls,
  ...petitionCalls,
};

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** What a caller passes (before defaults and transforms). */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;
export const CALL_NAMES = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './envelope';
export * from './events';
