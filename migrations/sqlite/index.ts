import * as migration_20261129_075007_initial from './20261129_075007_initial';
import * as migration_20261129_090838_content_model from './20261129_090838_content_model';

export const migrations = [
  {
    up: migration_20261129_075007_initial.up,
    down: migration_20261129_075007_initial.down,
    name: '20261129_075007_initial',
  },
  {
    up: migration_20261129_090838_content_model.up,
    down: migration_20261129_090838_content_model.down,
    name: '20261129_090838_content_model'
  },
];
