import * as migration_20261122_013909_initial from './20261122_013909_initial';
import * as migration_20261122_021716_careers_renderings from './20261122_021716_careers_renderings';
import * as migration_20261122_024345_template_placeholders from './20261122_024345_template_placeholders';
import * as migration_20261122_025459_content_check from './20261122_025459_content_check';
import * as migration_20261122_051035_workflow from './20261122_051035_workflow';
import * as migration_20261122_055853_list_index from './20261122_055853_list_index';
import * as migration_20261122_072844_list_order_and_count from './20261122_072844_list_order_and_count';
import * as migration_20261122_103436_many_valued_parent_and_all_postings from './20261122_103436_many_valued_parent_and_all_postings';
import * as migration_20261122_110926_location_label from './20261122_110926_location_label';
import * as migration_20261201_224123_users_without_versions from './20261201_224123_users_without_versions';
import * as migration_20261202_073214_careers_read_model from './20261202_073214_careers_read_model';

export const migrations = [
  {
    up: migration_20261122_013909_initial.up,
    down: migration_20261122_013909_initial.down,
    name: '20261122_013909_initial',
  },
  {
    up: migration_20261122_021716_careers_renderings.up,
    down: migration_20261122_021716_careers_renderings.down,
    name: '20261122_021716_careers_renderings',
  },
  {
    up: migration_20261122_024345_template_placeholders.up,
    down: migration_20261122_024345_template_placeholders.down,
    name: '20261122_024345_template_placeholders',
  },
  {
    up: migration_20261122_025459_content_check.up,
    down: migration_20261122_025459_content_check.down,
    name: '20261122_025459_content_check',
  },
  {
    up: migration_20261122_051035_workflow.up,
    down: migration_20261122_051035_workflow.down,
    name: '20261122_051035_workflow',
  },
  {
    up: migration_20261122_055853_list_index.up,
    down: migration_20261122_055853_list_index.down,
    name: '20261122_055853_list_index',
  },
  {
    up: migration_20261122_072844_list_order_and_count.up,
    down: migration_20261122_072844_list_order_and_count.down,
    name: '20261122_072844_list_order_and_count',
  },
  {
    up: migration_20261122_103436_many_valued_parent_and_all_postings.up,
    down: migration_20261122_103436_many_valued_parent_and_all_postings.down,
    name: '20261122_103436_many_valued_parent_and_all_postings',
  },
  {
    up: migration_20261122_110926_location_label.up,
    down: migration_20261122_110926_location_label.down,
    name: '20261122_110926_location_label',
  },
  {
    up: migration_20261201_224123_users_without_versions.up,
    down: migration_20261201_224123_users_without_versions.down,
    name: '20261201_224123_users_without_versions',
  },
  {
    up: migration_20261202_073214_careers_read_model.up,
    down: migration_20261202_073214_careers_read_model.down,
    name: '20261202_073214_careers_read_model'
  },
];
