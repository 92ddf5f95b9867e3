import type { Kysely } from 'kysely';
import type { PetitionDeadlinesOutput } from '../../../../shared/contract/petitions';
import { daysBetween } from '../../../../shared/domain/periods/iso-date';
import type { DB } from '../../db/schema';
import { listPetitions } from './petition-queries';

/** A petition is listed as due soon this many days before its handling deadline. */
export const DUE_SOON_DAYS = 3;

/**
 * Unhandled petitions past their handling deadline (most overdue first) and those due within
 * `DUE_SOON_DAYS` (soonest first), as of `today`.
 */
export async function petitionDeadlines(db: Kysely<DB>, today: string): Promise<PetitionDeadlinesOutput> {
  const open = await listPetitions(db, {
    year: null,
    classification: null,
    source: null,
    state: 'chua_xu_ly',
    outcome: null,
    query: null,
    limit: 100_000,
  });
  const withDays = open
    .filter((petition) => petition.dueOn !== null)
    .map((petition) => ({ ...petition, daysLeft: daysBetween(today, petition.dueOn ?? today) }))
    .sort((a, b) => a.daysLeft - b.daysLeft || a.id - b.id);
  return {
    today,
    soonDays: DUE_SOON_DAYS,
    overdue: withDays.filter((petition) => petition.daysLeft < 0),
    dueSoon: withDays.filter((petition) => petition.daysLeft >= 0 && petition.daysLeft <= DUE_SOON_DAYS),
  };
}
