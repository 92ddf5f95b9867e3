import type { Kysely } from 'kysely';
import { TICKET_STATUS_LABELS } from '../../../../shared/contract/queue';
import type { DrillRecord } from '../../../../shared/contract/reports';
import { CLASSIFICATION_LABELS, RECEPTION_KIND_LABELS } from '../../../../shared/domain/classification';
import { formatDmy } from '../../../../shared/domain/periods';
import type { CellSource } from '../../../../shared/reports/report-types';
import type { DB } from '../../db/schema';
import { MASKED_NAME } from '../confidentiality';
import { inIdOrder } from './drill-order';
import { petitionRecords } from './petition-drill';

/** At most this many records are listed; the total is always given. */
export const DRILL_LIMIT = 500;

async function visitRecords(db: Kysely<DB>, ids: number[]): Promise<DrillRecord[]> {
  const rows = await db
    .selectFrom('visits as v')
    .innerJoin('persons as p', 'p.id', 'v.person_id')
    .innerJoin('cases as c', 'c.id', 'v.case_id')
    .select([
      'v.id',
      'v.received_on',
      'v.reception_kind',
      'v.classification',
      'v.headcount',
      'v.refusal_reason',
      'p.full_name',
      'c.code',
    ])
    .where('v.id', 'in', ids)
    .execute();
  return inIdOrder(ids, rows, (row) => {
    // Luật Tố cáo Art. 9: a denouncer's name never leaves main in a list.
    const name = row.classification === 'to_cao' ? MASKED_NAME : row.full_name;
    const parts = [
      RECEPTION_KIND_LABELS[row.reception_kind],
      CLASSIFICATION_LABELS[row.classification],
      `${row.headcount} người`,
      `vụ việc ${row.code}`,
      ...(row.refusal_reason ? ['từ chối tiếp'] : []),
    ];
    return {
      id: row.id,
      date: formatDmy(row.received_on),
      title: name,
      detail: parts.join(' · '),
      link: `/so-tiep-cong-dan/${row.id}`,
    };
  });
}

async function caseRecords(db: Kysely<DB>, ids: number[]): Promise<DrillRecord[]> {
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'code', 'classification', 'summary', 'first_received_at'])
    .where('id', 'in', ids)
    .execute();
  return inIdOrder(ids, rows, (row) => ({
    id: row.id,
    date: formatDmy(row.first_received_at.slice(0, 10)),
    title: `${row.code} · ${CLASSIFICATION_LABELS[row.classification]}`,
    detail: row.summary,
    link: `/vu-viec/${row.id}`,
  }));
}

async function sessionRecords(db: Kysely<DB>, ids: number[]): Promise<DrillRecord[]> {
  const rows = await db
    .selectFrom('reception_sessions')
    .select(['id', 'kind', 'held_on', 'presided_by', 'title'])
    .where('id', 'in', ids)
    .execute();
  return inIdOrder(ids, rows, (row) => ({
    id: row.id,
    date: formatDmy(row.held_on),
    title: `${RECEPTION_KIND_LABELS[row.kind]}: ${row.presided_by}`,
    detail: row.title ?? '',
    link: null,
  }));
}

async function ticketRecords(db: Kysely<DB>, ids: number[]): Promise<DrillRecord[]> {
  const rows = await db
    .selectFrom('queue_tickets')
    .select(['id', 'code', 'service_day', 'status', 'visit_id'])
    .where('id', 'in', ids)
    .execute();
  return inIdOrder(ids, rows, (row) => ({
    id: row.id,
    date: formatDmy(row.service_day),
    title: `Phiếu ${row.code}`,
    detail: TICKET_STATUS_LABELS[row.status],
    link: row.visit_id === null ? null : `/so-tiep-cong-dan/${row.visit_id}`,
  }));
}

/** The first DRILL_LIMIT records behind a figure, in the order the ids come, masked where the law says. */
export async function drillRecords(db: Kysely<DB>, source: CellSource): Promise<DrillRecord[]> {
  const ids = source.ids.slice(0, DRILL_LIMIT);
  if (ids.length === 0) return [];
  switch (source.kind) {
    case 'visits':
      return visitRecords(db, ids);
    case 'cases':
      return caseRecords(db, ids);
    case 'sessions':
    case 'reception_days':
      return sessionRecords(db, ids);
    case 'tickets':
      return ticketRecords(db, ids);
    case 'petitions':
      return petitionRecords(db, ids);
    default:
      return ids.map((id) => ({ id, date: null, title: `Bản ghi số ${id}`, detail: '', link: null }));
  }
}
