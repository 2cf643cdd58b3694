import * as migration_20261129_075019_initial from './20261129_075019_initial'
import * as migration_20261129_090850_content_model from './20261129_090850_content_model'
import * as migration_20261129_092542_entity_slugs from './20261129_092542_entity_slugs'
import * as migration_20261129_100716_editorial_workflow from './20261129_100716_editorial_workflow'
import * as migration_20261129_101000_search_index from './20261129_101000_search_index'
import * as migration_20261129_133127_media_public_use from './20261129_133127_media_public_use'
import * as migration_20261129_142000_content_generation from './20261129_142000_content_generation'
import * as migration_20261129_143151_public_list_index from './20261129_143151_public_list_index'
import * as migration_20261202_114955_reference_review from './20261202_114955_reference_review'
import * as migration_20261202_131207_workflow_contributors from './20261202_131207_workflow_contributors'
import * as migration_20261202_204437_releases from './20261202_204437_releases'
import * as migration_20261203_074352_public_record from './20261203_074352_public_record'
import * as migration_20261203_081512_public_changes_feed from './20261203_081512_public_changes_feed'
import * as migration_20261203_130000_content_changes from './20261203_130000_content_changes'
import * as migration_20261203_132918_webhooks from './20261203_132918_webhooks'
import * as migration_20261203_135013_consumer_keys from './20261203_135013_consumer_keys'
import * as migration_20261203_140000_refold_name_keys from './20261203_140000_refold_name_keys'
import * as migration_20261203_150000_search_speed from './20261203_150000_search_speed'
import * as migration_20261203_164639_workflow_source_locale from './20261203_164639_workflow_source_locale'
import * as migration_20261204_184844_translation_status from './20261204_184844_translation_status'
import * as migration_20261204_223205_workflow_notifications from './20261204_223205_workflow_notifications'
import * as migration_20261205_231815_user_date_display from './20261205_231815_user_date_display'
import * as migration_20261205_234500_content_change_keys from './20261205_234500_content_change_keys'

export const migrations = [
  {
    up: migration_20261129_075019_initial.up,
    down: migration_20261129_075019_initial.down,
    name: '20261129_075019_initial',
  },
  {
    up: migration_20261129_090850_content_model.up,
    down: migration_20261129_090850_content_model.down,
    name: '20261129_090850_content_model',
  },
  {
    up: migration_20261129_092542_entity_slugs.up,
    down: migration_20261129_092542_entity_slugs.down,
    name: '20261129_092542_entity_slugs',
  },
  {
    up: migration_20261129_100716_editorial_workflow.up,
    down: migration_20261129_100716_editorial_workflow.down,
    name: '20261129_100716_editorial_workflow',
  },
  {
    up: migration_20261129_101000_search_index.up,
    down: migration_20261129_101000_search_index.down,
    name: '20261129_101000_search_index',
  },
  {
    up: migration_20261129_133127_media_public_use.up,
    down: migration_20261129_133127_media_public_use.down,
    name: '20261129_133127_media_public_use',
  },
  {
    up: migration_20261129_142000_content_generation.up,
    down: migration_20261129_142000_content_generation.down,
    name: '20261129_142000_content_generation',
  },
  {
    up: migration_20261129_143151_public_list_index.up,
    down: migration_20261129_143151_public_list_index.down,
    name: '20261129_143151_public_list_index',
  },
  {
    up: migration_20261202_114955_reference_review.up,
    down: migration_20261202_114955_reference_review.down,
    name: '20261202_114955_reference_review',
  },
  {
    up: migration_20261202_131207_workflow_contributors.up,
    down: migration_20261202_131207_workflow_contributors.down,
    name: '20261202_131207_workflow_contributors',
  },
  {
    up: migration_20261202_204437_releases.up,
    down: migration_20261202_204437_releases.down,
    name: '20261202_204437_releases',
  },
  {
    up: migration_20261203_074352_public_record.up,
    down: migration_20261203_074352_public_record.down,
    name: '20261203_074352_public_record',
  },
  {
    up: migration_20261203_081512_public_changes_feed.up,
    down: migration_20261203_081512_public_changes_feed.down,
    name: '20261203_081512_public_changes_feed',
  },
  {
    up: migration_20261203_130000_content_changes.up,
    down: migration_20261203_130000_content_changes.down,
    name: '20261203_130000_content_changes',
  },
  {
    up: migration_20261203_132918_webhooks.up,
    down: migration_20261203_132918_webhooks.down,
    name: '20261203_132918_webhooks',
  },
  {
    up: migration_20261203_135013_consumer_keys.up,
    down: migration_20261203_135013_consumer_keys.down,
    name: '20261203_135013_consumer_keys',
  },
  {
    up: migration_20261203_140000_refold_name_keys.up,
    down: migration_20261203_140000_refold_name_keys.down,
    name: '20261203_140000_refold_name_keys',
  },
  {
    up: migration_20261203_150000_search_speed.up,
    down: migration_20261203_150000_search_speed.down,
    name: '20261203_150000_search_speed',
  },
  {
    up: migration_20261203_164639_workflow_source_locale.up,
    down: migration_20261203_164639_workflow_source_locale.down,
    name: '20261203_164639_workflow_source_locale',
  },
  {
    up: migration_20261204_184844_translation_status.up,
    down: migration_20261204_184844_translation_status.down,
    name: '20261204_184844_translation_status',
  },
  {
    up: migration_20261204_223205_workflow_notifications.up,
    down: migration_20261204_223205_workflow_notifications.down,
    name: '20261204_223205_workflow_notifications',
  },
  {
    up: migration_20261205_231815_user_date_display.up,
    down: migration_20261205_231815_user_date_display.down,
    name: '20261205_231815_user_date_display',
  },
  {
    up: migration_20261205_234500_content_change_keys.up,
    down: migration_20261205_234500_content_change_keys.down,
    name: '20261205_234500_content_change_keys',
  },
]
