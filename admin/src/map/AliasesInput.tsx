/** A unit's other names (aliases): a list of short texts, searched by the public report page. */
import { ArrayInput, SimpleFormIterator, TextInput, maxLength, required, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { MAX_ALIASES, MAX_ALIAS_LENGTH } from '../../../rules/limits';

const atMost = (max: number) => (value: unknown[] | null | undefined) => ((value?.length ?? 0) > max ? { message: 'ra.validation.maxValue', args: { max } } : undefined);

export const AliasesInput = ({ source = 'aliases', disabled }: { source?: string; disabled?: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      <ArrayInput source={source} label="map.aliases.title" validate={atMost(MAX_ALIASES)} helperText={false}>
        <SimpleFormIterator inline disableReordering disableClear disableAdd={disabled} disableRemove={disabled}>
          {/* An empty name is refused here rather than sent (the list holds no nulls). */}
          <TextInput source="" label="map.aliases.alias" validate={[required(), maxLength(MAX_ALIAS_LENGTH)]} disabled={disabled} helperText={false} sx={{ width: { xs: '100%', sm: 260 } }} />
        </SimpleFormIterator>
      </ArrayInput>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mx: 1.75, mt: -1, mb: 2 }}>
        {translate('map.aliases.helper')}
      </Typography>
    </>
  );
};
