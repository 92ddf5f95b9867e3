import { dirname } from 'node:path';
import type { Kysely } from 'kysely';
import { toLocalDate, toLocalIso } from '../../../shared/domain/local-time';
import type { DB } from '../db/schema';
import { appendAudit } from '../services/audit';
import { canReveal, MASKED_NAME, storedPersonInput } from '../services/confidentiality';
import { databaseFileOf } from '../services/backup/backup-calls';
import type { ServiceContext } from '../services/context';
import { createPetition, updatePetition } from '../services/petitions/create-petition';
import { addPetitionReply, handlePetition } from '../services/petitions/handle-petition';
import { attachToPetition } from '../services/petitions/petition-attachments';
import { petitionDeadlines } from '../services/petitions/petition-deadlines';
import { maskPetitionDetail, maskPetitionView } from '../services/petitions/petition-masking';
import { getPetitionDetail, listPetitions } from '../services/petitions/petition-queries';
import type { CallContext, Handlers } from './registry';

type PetitionHandlerNames =
  | 'petitions:create'
  | 'petitions:update'
  | 'petitions:list'
  | 'petitions:get'
  | 'petitions:reveal'
  | 'petitions:handle'
  | 'petitions:add-reply'
  | 'petitions:attach'
  | 'petitions:deadlines';

/**
 * The petition registry's calls. Like the register, a denunciation leaves main with its senders hidden;
 * an edit sent from a masked form keeps the stored senders.
 */
export function petitionHandlers(
  db: Kysely<DB>,
  service: (call: CallContext) => ServiceContext,
  clock: () => Date,
): Pick<Handlers, PetitionHandlerNames> {
  return {
    'petitions:create': async (input, call) => maskPetitionDetail(await createPetition(service(call), input)),
    'petitions:update': async (input, call) => {
      const stored = await getPetitionDetail(db, input.id);
      const isHidden = stored.classification === 'to_cao' && !stored.isAnonymous;
      const sendsPlaceholder = input.petition.senders.some((sender) => sender.fullName === MASKED_NAME);
      const keepStored = isHidden && (!canReveal(call.actor.role) || sendsPlaceholder);
      const senders = keepStored ? stored.senders.map(storedPersonInput) : input.petition.senders;
      const petition = { ...input.petition, senders };
      return maskPetitionDetail(await updatePetition(service(call), input.id, petition));
    },
    'petitions:list': async (input) => (await listPetitions(db, input)).map(maskPetitionView),
    'petitions:get': async (input) => maskPetitionDetail(await getPetitionDetail(db, input.id)),
    'petitions:reveal': async (input, call) => {
      const detail = await getPetitionDetail(db, input.id);
      await appendAudit(db, call.actor, toLocalIso(clock()), {
        action: 'petition.reveal',
        entity: 'petition',
        entityId: input.id,
        detail: { reason: input.reason },
      });
      return detail;
    },
    'petitions:handle': async (input, call) => maskPetitionDetail(await handlePetition(service(call), input)),
    'petitions:add-reply': async (input, call) =>
      maskPetitionDetail(await addPetitionReply(service(call), input)),
    'petitions:attach': async (input, call) => {
      const dataDir = dirname(await databaseFileOf(db));
      return maskPetitionDetail(await attachToPetition(service(call), dataDir, input));
    },
    'petitions:deadlines': async () => {
      const result = await petitionDeadlines(db, toLocalDate(clock()));
      return {
        ...result,
        overdue: result.overdue.map(maskPetitionView),
        dueSoon: result.dueSoon.map(maskPetitionView),
      };
    },
  };
}
