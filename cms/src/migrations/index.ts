import * as migration_20261126_183015_initial from './20261126_183015_initial';

export const migrations = [
  {
    up: migration_20261126_183015_initial.up,
    down: migration_20261126_183015_initial.down,
    name: '20261126_183015_initial'
  },
];
