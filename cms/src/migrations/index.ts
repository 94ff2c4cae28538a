import * as migration_20261126_184820_initial from './20261126_184820_initial';
import * as migration_20261126_195916_leads_outbox from './20261126_195916_leads_outbox';
import * as migration_20261201_223040_issue14b_intake from './20261201_223040_issue14b_intake';
import * as migration_20261201_224720_issue14b_identity from './20261201_224720_issue14b_identity';

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
    up: migration_20261201_223040_issue14b_intake.up,
    down: migration_20261201_223040_issue14b_intake.down,
    name: '20261201_223040_issue14b_intake',
  },
  {
    up: migration_20261201_224720_issue14b_identity.up,
    down: migration_20261201_224720_issue14b_identity.down,
    name: '20261201_224720_issue14b_identity'
  },
];
