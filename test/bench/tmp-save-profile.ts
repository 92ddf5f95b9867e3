import { copyFileSync, rmSync } from 'node:fs';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { Kysely, SqliteDialect } from 'kysely';
import { openSqlite, withStatementCache } from '../../electron/main/db/create-db';
import { migrateToLatest } from '../../electron/main/db/migrate';
import type { DB } from '../../electron/main/db/schema';
import { createEventBus } from '../../electron/main/registry/event-bus';
import { createSession } from '../../electron/main/services/sessions';
import { createVisit } from '../../electron/main/services/visits/create-visit';
import { BENCH_START } from './bench-context';
import { Rng, mixSeed, STREAM } from './generate/prng';
import { buildInput } from './phases/save';

const file = '/work/main/.bench-data/prof.db';
for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
copyFileSync('/work/main/.bench-data/bench-full.db', file);
{ const fs = await import('node:fs'); const fd = fs.openSync(file, 'r+'); const t0 = performance.now(); fs.fsyncSync(fd); fs.closeSync(fd); { const t1=performance.now(); const fs2 = await import('node:fs'); const buf=Buffer.alloc(1<<20); const fd2=fs2.openSync(file,'r'); while (fs2.readSync(fd2, buf, 0, buf.length, null) > 0); fs2.closeSync(fd2); console.log('read ms', (performance.now()-t1).toFixed(0)); }
console.log('fsync copy ms', (performance.now()-t0).toFixed(0)); }
let stmtMs = 0;
let currentCall = -1;
let stmts = 0;
let slowest = { ms: 0, sql: '' };
const db = new Kysely<DB>({
  dialect: new SqliteDialect({ database: withStatementCache((() => { const s = openSqlite(file); if (process.env.CACHE) s.pragma('cache_size = ' + process.env.CACHE); if (process.env.NOCKPT) s.pragma('wal_autocheckpoint = 0'); const prep = s.prepare.bind(s); (s as any).prepare = (src: string) => { const st = prep(src); for (const m of ['run','all','get']) { const f = (st as any)[m].bind(st); (st as any)[m] = (...a: any[]) => { const c0 = process.cpuUsage(); const w0 = performance.now(); const r = f(...a); const w = performance.now() - w0; const c = process.cpuUsage(c0); if (w > 20 && process.env.RAW) console.log('   RAW', m, 'wall', w.toFixed(1), 'cpu', ((c.user + c.system) / 1000).toFixed(1), 'sys', (c.system/1000).toFixed(1), src.slice(0, 60)); return r; }; } return st; }; return s; })()) }),
  log(event) {
    stmtMs += event.queryDurationMillis;
    stmts++;
    if (process.env.SHOW && Number(process.env.SHOW) === currentCall) console.log('   ', event.queryDurationMillis.toFixed(2), event.query.sql.slice(0, 150));
    if (event.queryDurationMillis > slowest.ms) slowest = { ms: event.queryDurationMillis, sql: event.query.sql.slice(0, 120) };
  },
});
await migrateToLatest(db);
const { sql } = await import('kysely');
const FTS = ['person_search', 'visit_search', 'case_search'];
if (process.env.AM !== undefined) for (const t of FTS) await sql.raw(`insert into ${t}(${t}, rank) values('automerge', ${process.env.AM})`).execute(db);
const mergeTimes: number[] = [];
let gcMs = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) gcMs += e.duration; }).observe({ entryTypes: ['gc'] });
let calls = 0;
const ctx = { db, clock: () => new Date(BENCH_START + 20000 * calls++), events: createEventBus(), actor: { userId: null, displayName: 'x' } };
const maxVisit = Number((await db.selectFrom('visits').select((eb) => eb.fn.max('id').as('m')).executeTakeFirst())?.m);
const bench: any = { db, rng: new Rng(mixSeed(1, STREAM.bench, 0)), maxIds: { visit: maxVisit } };
const session = await createSession(ctx as any, { kind: 'dinh_ky', heldOn: '2026-11-27', presidedBy: 'X', title: 'Y' });
const inputs = [];
for (let i = 0; i < 420; i++) inputs.push(await buildInput(bench, session.id));
const rows: { i: number; total: number; sql: number; n: number; gc: number; slow: typeof slowest }[] = [];
for (let i = 0; i < inputs.length; i++) {
  currentCall = i; stmtMs = 0; stmts = 0; gcMs = 0; slowest = { ms: 0, sql: '' };
  const t = performance.now();
  await createVisit(ctx as any, inputs[i]);
  const total = performance.now() - t;
  if (process.env.MERGE) { const t2 = performance.now(); for (const t of FTS) await sql.raw(`insert into ${t}(${t}, rank) values('merge', ${process.env.MERGE})`).execute(db); mergeTimes.push(performance.now() - t2); }
  await new Promise((r) => setImmediate(r));
  if (i >= 20) rows.push({ i, total, sql: stmtMs, n: stmts, gc: gcMs, slow: slowest });
}
const sorted = [...rows].sort((a, b) => a.total - b.total);
const p = (q: number) => sorted[Math.floor(q * (sorted.length - 1))]!.total.toFixed(1);
console.log('p50', p(0.5), 'p95', p(0.95), 'max', p(1));
for (const r of sorted.slice(-25)) console.log(r.i, r.total.toFixed(1), 'sql', r.sql.toFixed(1), 'n', r.n, 'gc', r.gc.toFixed(1), r.slow.ms.toFixed(1), r.slow.sql);
if (mergeTimes.length) { mergeTimes.sort((a,b)=>a-b); console.log('merge p50', mergeTimes[mergeTimes.length>>1].toFixed(1), 'p95', mergeTimes[Math.floor(mergeTimes.length*0.95)].toFixed(1), 'max', mergeTimes.at(-1).toFixed(1)); }
await db.destroy();
