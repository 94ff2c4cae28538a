import * as migration_20261126_184820_initial from './20261126_184820_initial';
import * as migration_20261126_195916_leads_outbox from './20261126_195916_leads_outbox';
import * as migration_20261202_000624_session5 from './20261202_000624_session5';
import * as migration_20261203_110233_jobs_poll_index from './20261203_110233_jobs_poll_index';

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
    up: migration_20261202_000624_session5.up,
    down: migration_20261202_000624_session5.down,
    name: '20261202_000624_session5',
  },
  {
    up: migration_20261203_110233_jobs_poll_index.up,
    down: migration_20261203_110233_jobs_poll_index.down,
    name: '20261203_110233_jobs_poll_index'
  },
];
