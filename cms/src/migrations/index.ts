import * as migration_20261126_184820_initial from './20261126_184820_initial';

export const migrations = [
  {
    up: migration_20261126_184820_initial.up,
    down: migration_20261126_184820_initial.down,
    name: '20261126_184820_initial'
  },
];
