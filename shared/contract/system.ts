import { z } from 'zod';
import { defineCall } from './define';

export const AppInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  /** Where the renderer runs: inside Electron or in a browser through the loopback host. */
  transport: z.enum(['electron', 'http']),
  visitCount: z.number().int(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const systemCalls = {
  /** Version and counters for the status bar. */
  'app:info': defineCall({
    input: z.object({}).strict().default({}),
    output: AppInfo,
    summary: 'Thông tin phiên bản và số liệu tổng quát',
    access: 'public',
  }),
};
