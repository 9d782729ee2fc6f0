import * as migration_20261122_013916_initial from './20261122_013916_initial';
import * as migration_20261122_021657_careers_renderings from './20261122_021657_careers_renderings';
import * as migration_20261122_024338_template_placeholders from './20261122_024338_template_placeholders';
import * as migration_20261122_025452_content_check from './20261122_025452_content_check';
import * as migration_20261122_051023_workflow from './20261122_051023_workflow';
import * as migration_20261122_055831_list_index from './20261122_055831_list_index';
import * as migration_20261122_072837_list_order_and_count from './20261122_072837_list_order_and_count';
import * as migration_20261122_103427_many_valued_parent_and_all_postings from './20261122_103427_many_valued_parent_and_all_postings';
import * as migration_20261122_110918_location_label from './20261122_110918_location_label';
import * as migration_20261201_224107_users_without_versions from './20261201_224107_users_without_versions';
import * as migration_20261202_073201_careers_read_model from './20261202_073201_careers_read_model';

export const migrations = [
  {
    up: migration_20261122_013916_initial.up,
    down: migration_20261122_013916_initial.down,
    name: '20261122_013916_initial',
  },
  {
    up: migration_20261122_021657_careers_renderings.up,
    down: migration_20261122_021657_careers_renderings.down,
    name: '20261122_021657_careers_renderings',
  },
  {
    up: migration_20261122_024338_template_placeholders.up,
    down: migration_20261122_024338_template_placeholders.down,
    name: '20261122_024338_template_placeholders',
  },
  {
    up: migration_20261122_025452_content_check.up,
    down: migration_20261122_025452_content_check.down,
    name: '20261122_025452_content_check',
  },
  {
    up: migration_20261122_051023_workflow.up,
    down: migration_20261122_051023_workflow.down,
    name: '20261122_051023_workflow',
  },
  {
    up: migration_20261122_055831_list_index.up,
    down: migration_20261122_055831_list_index.down,
    name: '20261122_055831_list_index',
  },
  {
    up: migration_20261122_072837_list_order_and_count.up,
    down: migration_20261122_072837_list_order_and_count.down,
    name: '20261122_072837_list_order_and_count',
  },
  {
    up: migration_20261122_103427_many_valued_parent_and_all_postings.up,
    down: migration_20261122_103427_many_valued_parent_and_all_postings.down,
    name: '20261122_103427_many_valued_parent_and_all_postings',
  },
  {
    up: migration_20261122_110918_location_label.up,
    down: migration_20261122_110918_location_label.down,
    name: '20261122_110918_location_label',
  },
  {
    up: migration_20261201_224107_users_without_versions.up,
    down: migration_20261201_224107_users_without_versions.down,
    name: '20261201_224107_users_without_versions',
  },
  {
    up: migration_20261202_073201_careers_read_model.up,
    down: migration_20261202_073201_careers_read_model.down,
    name: '20261202_073201_careers_read_model'
  },
];
