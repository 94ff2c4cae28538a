import * as migration_20261126_184820_initial from './20261126_184820_initial';
import * as migration_20261126_195916_leads_outbox from './20261126_195916_leads_outbox';
import * as migration_20261201_222906_issue15_lead_admin from './20261201_222906_issue15_lead_admin';
import * as migration_20261201_230258_issue15_erasure_log from './20261201_230258_issue15_erasure_log';

export const migrations = [
  {
    up: migration_20261126_184820_initial.up,
    down: migration_20261126_184820_initial.down,
    name: '20261126_184820_initial',
  },
  {
    up: migration_20261126_195916_leads_outbox.up,
    down: migration_20261126_195916_leads_outbox.down,
    name: '20261126_195916_leads_outbox',
  },
  {
    up: migration_20261201_222906_issue15_lead_admin.up,
    down: migration_20261201_222906_issue15_lead_admin.down,
    name: '20261201_222906_issue15_lead_admin',
  },
  {
    up: migration_20261201_230258_issue15_erasure_log.up,
    down: migration_20261201_230258_issue15_erasure_log.down,
    name: '20261201_230258_issue15_erasure_log'
  },
];
