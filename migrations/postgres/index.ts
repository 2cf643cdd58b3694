import * as migration_20261129_075019_initial from './20261129_075019_initial';
import * as migration_20261129_090850_content_model from './20261129_090850_content_model';

export const migrations = [
  {
    up: migration_20261129_075019_initial.up,
    down: migration_20261129_075019_initial.down,
    name: '20261129_075019_initial',
  },
  {
    up: migration_20261129_090850_content_model.up,
    down: migration_20261129_090850_content_model.down,
    name: '20261129_090850_content_model'
  },
];
