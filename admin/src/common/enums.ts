/** Choices for an enum of the contract; react-admin translates each name (enums.<Enum>.<VALUE>). */
import { enumsVi, type EnumName } from '../i18n/enums';

export const enumChoices = (name: EnumName) => Object.keys(enumsVi[name]).map((value) => ({ id: value, name: `enums.${name}.${value}` }));
