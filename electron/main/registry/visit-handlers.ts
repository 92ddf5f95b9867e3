import type { Kysely } from 'kysely';
import { toLocalIso } from '../../../shared/domain/local-time';
import type { DB } from '../db/schema';
import { appendAudit } from '../services/audit';
import { getCase, suggestCases } from '../services/cases';
import {
  keepHiddenIdentity,
  maskVisitDetail,
  maskVisitView,
  mayFindDenouncers,
} from '../services/confidentiality';
import type { ServiceContext } from '../services/context';
import { createVisit } from '../services/visits/create-visit';
import { updateVisit } from '../services/visits/update-visit';
import { visitHistory } from '../services/visits/visit-history';
import { getVisitDetail, listVisits } from '../services/visits/visit-queries';
import type { CallContext, Handlers } from './registry';

type VisitHandlerNames =
  | 'visits:create'
  | 'visits:update'
  | 'visits:get'
  | 'visits:reveal'
  | 'visits:list'
  | 'visits:history'
  | 'cases:suggest'
  | 'cases:get';

/**
 * The register's calls, with the confidentiality rule applied on the way out: a tố cáo leaves main
 * with the denouncer's identity hidden, except through `visits:reveal` (leaders, administrators; the
 * reason is audited). Receptionists' text searches and suggestions never surface denunciations.
 */
export function visitHandlers(
  db: Kysely<DB>,
  service: (call: CallContext) => ServiceContext,
): Pick<Handlers, VisitHandlerNames> {
  const hide = (call: CallContext) => !mayFindDenouncers(call.actor.role);
  return {
    'visits:create': async (input, call) => maskVisitView(await createVisit(service(call), input)),
    'visits:update': async (input, call) => {
      const stored = await getVisitDetail(db, input.id);
      const visit = keepHiddenIdentity(input.visit, stored, call.actor.role);
      return maskVisitView(await updateVisit(service(call), { id: input.id, visit }));
    },
    'visits:get': async (input) => maskVisitDetail(await getVisitDetail(db, input.id)),
    'visits:reveal': async (input, call) => {
      const detail = await getVisitDetail(db, input.id);
      await appendAudit(db, call.actor, toLocalIso(new Date()), {
        action: 'visit.reveal',
        entity: 'visit',
        entityId: input.id,
        detail: { reason: input.reason },
      });
      return detail;
    },
    'visits:list': async (input, call) => {
      const page = await listVisits(db, input, { hideDenunciationsInSearch: hide(call) });
      return { ...page, items: page.items.map(maskVisitView) };
    },
    'visits:history': (input) => visitHistory(db, input.id),
    'cases:suggest': (input, call) => suggestCases(db, input, { hideDenunciations: hide(call) }),
    'cases:get': async (input) => {
      const found = await getCase(db, input.id);
      return { ...found, visits: found.visits.map(maskVisitView) };
    },
  };
}
