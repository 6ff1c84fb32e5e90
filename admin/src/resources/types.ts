/** What each resource folder exports: its screens, icon and messages, registered in resources/index.ts. */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { RaRecord } from 'react-admin';

export interface ResourceConfig {
  /** The list query's name, which is also the react-admin resource name and the URL path. */
  name: string;
  icon: ComponentType;
  /** The screens, each made with lazyScreen so its code is downloaded when it is first shown. */
  list?: ComponentType;
  show?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
  recordRepresentation?: string | ((record: RaRecord) => string);
  /**
   * The top-level fields a list row carries (getList and getManyReference select only these, with
   * `id`, `version` and `access`): what the list's columns, its export's columns, the choices of
   * inputs that pick a record of this resource (ReferenceInput's option text) and
   * recordRepresentation read. A field that is an object (a related record, an embedded
   * structure) comes with its own fields as the show page gets them. Without it a row carries
   * the whole record. getOne and getMany (a ReferenceField's record) always get whole records.
   */
  listFields?: readonly string[];
  /** resources.<name>.* in both languages: the resource's name and its fields' labels. */
  messages: { vi: object; en: object };
}

/**
 * A screen whose code is a chunk of its own, downloaded the first time it is shown (react-admin's
 * layout shows its loading state meanwhile, in a Suspense boundary):
 *
 *   list: lazyScreen(async () => (await import('./ModelList')).ModelList)
 *
 * so the console's first load carries the registry (names, icons, messages), not every screen.
 */
export const lazyScreen = (load: () => Promise<ComponentType>): LazyExoticComponent<ComponentType> => lazy(async () => ({ default: await load() }));
