/**
 * Cascading, searchable unit pickers (province → ward → neighbourhood). Each lists only what the
 * API lets the user see, so a ward officer's pickers hold their own ward and its neighbourhoods.
 * A child picker narrows to the parent chosen in the same form (or filter bar) and is cleared
 * when that parent changes. In a ResourceForm each locks with the field it edits (its source, by
 * default the one named below) unless told `lockedBy` another: picking a province in a neighbourhood
 * form is choosing another ward.
 * In a create form, a picker whose list holds a single unit is filled with it: a ward officer finds
 * their ward chosen, a head their neighbourhood (and its ward and province). Filter bars and edit
 * forms are left as they are.
 */
import { useContext, useEffect, useRef } from 'react';
import { AutocompleteInput, FilterContext, ReferenceInput, useChoicesContext, useRecordContext, type Validator } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';

interface UnitInputProps {
  source?: string;
  label?: string;
  validate?: Validator | Validator[];
  disabled?: boolean;
  alwaysOn?: boolean;
  /** The form field holding the parent's id. */
  parentSource?: string;
  /** The API field whose lock this picker takes (read by ResourceForm). */
  lockedBy?: string;
}

const byName = (q: string) => (q ? { q } : {});

/** Clears `source` when the parent field changes (not on first render, so a loaded record keeps its value). */
function useClearOnParentChange(source: string, parentSource: string | undefined) {
  const { setValue } = useFormContext();
  const parent = useWatch({ name: parentSource ?? '__none__' }) as string | undefined;
  const previous = useRef(parent);
  useEffect(() => {
    if (parentSource && previous.current !== parent) {
      if (previous.current !== undefined) setValue(source, null, { shouldDirty: true });
      previous.current = parent;
    }
  }, [parent, parentSource, setValue, source]);
  return parent;
}

/**
 * Inside a picker's ReferenceInput: fills the field with the only unit the API lists to this user,
 * when the field is empty, in a create form (no record yet, not a filter bar) and not locked.
 */
const PreselectOnlyChoice = ({ source, disabled }: { source: string; disabled?: boolean }) => {
  const { allChoices, total, isPending, filterValues } = useChoicesContext<{ id: string }>();
  const record = useRecordContext();
  const inFilterBar = useContext(FilterContext) !== undefined;
  const { setValue } = useFormContext();
  const value = useWatch({ name: source }) as string | null | undefined;
  const searching = !!(filterValues as { q?: string } | undefined)?.q;
  const only = !isPending && !searching && total === 1 && allChoices?.length === 1 ? allChoices[0]?.id : undefined;
  const applies = !disabled && !inFilterBar && record?.id == null;
  useEffect(() => {
    if (applies && only !== undefined && !value) setValue(source, only, { shouldDirty: true });
  }, [applies, only, value, setValue, source]);
  return null;
};

export const ProvinceInput = ({ source = 'provinceId', label = 'app.units.province', validate, disabled }: UnitInputProps) => (
  <ReferenceInput source={source} reference="provinces" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label={label} optionText="name" filterToQuery={byName} validate={validate} disabled={disabled} sx={{ minWidth: 240 }} />
    <PreselectOnlyChoice source={source} disabled={disabled} />
  </ReferenceInput>
);
ProvinceInput.lockedBy = 'provinceId';

export const WardInput = ({ source = 'wardId', label = 'app.units.ward', validate, disabled, parentSource = 'provinceId' }: UnitInputProps) => {
  const provinceId = useClearOnParentChange(source, parentSource);
  return (
    <ReferenceInput source={source} reference="wards" filter={provinceId ? { provinceId } : {}} sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput label={label} optionText="name" filterToQuery={byName} validate={validate} disabled={disabled} sx={{ minWidth: 240 }} />
      <PreselectOnlyChoice source={source} disabled={disabled} />
    </ReferenceInput>
  );
};
WardInput.lockedBy = 'wardId';

export const NeighbourhoodInput = ({ source = 'neighbourhoodId', label = 'app.units.neighbourhood', validate, disabled, parentSource = 'wardId' }: UnitInputProps) => {
  const wardId = useClearOnParentChange(source, parentSource);
  return (
    <ReferenceInput source={source} reference="neighbourhoods" filter={wardId ? { wardId } : {}} sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput label={label} optionText="name" filterToQuery={byName} validate={validate} disabled={disabled} sx={{ minWidth: 240 }} />
      <PreselectOnlyChoice source={source} disabled={disabled} />
    </ReferenceInput>
  );
};
NeighbourhoodInput.lockedBy = 'neighbourhoodId';
