import * as migration_20261126_184820_initial from './20261126_184820_initial';
import * as migration_20261126_195916_leads_outbox from './20261126_195916_leads_outbox';
import * as migration_20261201_223800_issue13b_login_throttle from './20261201_223800_issue13b_login_throttle';
import * as migration_20261201_232455_issue14a_claims from './20261201_232455_issue14a_claims';

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
    up: migration_20261201_223800_issue13b_login_throttle.up,
    down: migration_20261201_223800_issue13b_login_throttle.down,
    name: '20261201_223800_issue13b_login_throttle',
  },
  {
    up: migration_20261201_232455_issue14a_claims.up,
    down: migration_20261201_232455_issue14a_claims.down,
    name: '20261201_232455_issue14a_claims'
  },
];
