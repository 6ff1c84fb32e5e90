/** EstablishmentKind choices; labels are this resource's messages (resources.establishments.kinds.*). */
import type { EstablishmentKind } from '../../../../rules/contract';

export const ESTABLISHMENT_KINDS: EstablishmentKind[] = ['LODGING', 'FOOD', 'SOUVENIR', 'TRANSPORT', 'GUIDE', 'OTHER'];

export const kindChoices = ESTABLISHMENT_KINDS.map((id) => ({ id, name: `resources.establishments.kinds.${id}` }));

