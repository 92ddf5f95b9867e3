import type { Migration } from 'kysely';
import * as m0001 from './0001_core';
import * as m0002 from './0002_register';
import * as m0003 from './0003_queue';
import * as m0004 from './0004_channel';
import * as m0005 from './0005_schedule';
import * as m0006 from './0006_exports';
import * as m0007 from './0007_tally_index';
import * as m0008 from './0008_petitions';
import * as m0009 from './0009_ticket_card';
import * as m0010 from './0010_id_types';
import * as m0011 from './0011_search_merge';
import * as m0012 from './0012_visit_day_cells';
import * as m0013 from './0013_day_cells_pause';
import * as m0014 from './0014_day_cells_triggers_plain';
import * as m0015 from './0015_case_search_vocab';

/**
 * The static list of migrations, in order. A folder scan breaks after bundling, so each new file is
 * added here by hand; names are `NNNN_name` and numbered without gaps (a test checks).
 */
export const migrations: Record<string, Migration> = {
  '0001_core': m0001,
  '0002_register': m0002,
  '0003_queue': m0003,
  '0004_channel': m0004,
  '0005_schedule': m0005,
  '0006_exports': m0006,
  '0007_tally_index': m0007,
  '0008_petitions': m0008,
  '0009_ticket_card': m0009,
  '0010_id_types': m0010,
  '0011_search_merge': m0011,
  '0012_visit_day_cells': m0012,
  '0013_day_cells_pause': m0013,
  '0014_day_cells_triggers_plain': m0014,
  '0015_case_search_vocab': m0015,
};
