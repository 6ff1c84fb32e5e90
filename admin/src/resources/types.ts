/** What each resource folder exports: its screens, icon and messages, registered in resources/index.ts. */
import type { ComponentType } from 'react';
import type { RaRecord } from 'react-admin';

export interface ResourceConfig {
  /** The list query's name, which is also the react-admin resource name and the URL path. */
  name: string;
  icon: ComponentType;
  list?: ComponentType;
  show?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
  recordRepresentation?: string | ((record: RaRecord) => string);
  /** Fields computed for each record on read (a report's sections) that lists leave out; the show page still asks for them. */
  listOmit?: readonly string[];
  /** resources.<name>.* in both languages: the resource's name and its fields' labels. */
  messages: { vi: object; en: object };
}
