/**
 * What the hierarchy announces to the services above it (which it must not import): subscribe at
 * module load, e.g. models keep their launch lag in step with the neighbourhood's re-arrangement date.
 * A subscriber acts only once its module is loaded: the app loads every area (graphql/schema.ts).
 */
import { appEvent } from '../core/events';
import type { NeighbourhoodDoc } from './neighbourhood.model';

/** A neighbourhood was updated (after its subtree moved, if it did); before and after as stored. */
const neighbourhoodUpdated = appEvent<[before: NeighbourhoodDoc, after: NeighbourhoodDoc]>();

export const onNeighbourhoodUpdated = neighbourhoodUpdated.on;
export const emitNeighbourhoodUpdated = neighbourhoodUpdated.emit;
