import * as migration_20261129_075007_initial from './20261129_075007_initial';

export const migrations = [
  {
    up: migration_20261129_075007_initial.up,
    down: migration_20261129_075007_initial.down,
    name: '20261129_075007_initial'
  },
];
