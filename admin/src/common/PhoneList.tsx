/**
 * A resource list on a phone: react-admin's <SimpleList> (one card a record) instead of a table
 * wider than the screen. The card is read from the list's export columns, so no list declares its
 * columns twice: the first column is the card's title, the next two its labelled second line
 * (enums translated, dates as Vietnamese documents write them). A list may pass its own `mobile`
 * texts instead. ResourceList hands the columns down; ListDatagrid switches below `sm`.
 */
import { createContext, useContext } from 'react';
import { Box, useMediaQuery, type Theme } from '@mui/material';
import { SimpleList, useLocaleState, useResourceContext, useTranslate, useTranslateLabel, type RaRecord, type SimpleListProps } from 'react-admin';
import { cellOf, type Cell, type ExportColumn } from './export';

/** A list's own card texts, as <SimpleList> takes them (each a text or a function of the record). */
export type PhoneCard<T extends RaRecord = RaRecord> = Pick<SimpleListProps<T>, 'primaryText' | 'secondaryText' | 'tertiaryText' | 'leftIcon'>;

interface PhoneListSpec {
  columns: ReadonlyArray<ExportColumn<RaRecord>>;
  card?: PhoneCard;
}

/** Set by ResourceList for its own table only (ListDatagrid clears it for anything nested inside a row). */
export const PhoneListContext = createContext<PhoneListSpec | null>(null);

export const usePhoneListSpec = () => useContext(PhoneListContext);

/** Below MUI's `sm` breakpoint (600 px): a phone held upright. */
export const useIsPhone = () => useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));

/** How many columns after the first the card's second line shows. */
const SECONDARY_COLUMNS = 2;

function useCellText() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (record: RaRecord, column: ExportColumn<RaRecord>): string | null => {
    const cell: Cell = cellOf(record, column, translate);
    if (cell === null) return null;
    if (typeof cell === 'number') return cell.toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN');
    return typeof cell === 'object' ? cell.text : cell;
  };
}

const PrimaryText = ({ record, column }: { record: RaRecord; column: ExportColumn<RaRecord> }) => {
  const text = useCellText();
  return <>{text(record, column) ?? '—'}</>;
};

/** "Label: value · Label: value", skipping the empty ones. */
const SecondaryText = ({ record, columns }: { record: RaRecord; columns: ReadonlyArray<ExportColumn<RaRecord>> }) => {
  const text = useCellText();
  const translateLabel = useTranslateLabel();
  const resource = useResourceContext();
  const parts = columns.flatMap((column) => {
    const value = text(record, column);
    if (value === null) return [];
    const label = String(translateLabel({ source: column.source, label: column.label, resource }) ?? column.source);
    return [`${label}: ${value}`];
  });
  return <>{parts.join(' · ')}</>;
};

export interface PhoneListProps extends Pick<SimpleListProps, 'rowClick' | 'rowSx' | 'empty'> {
  spec: PhoneListSpec;
}

export function PhoneList({ spec, rowClick, rowSx, empty }: PhoneListProps) {
  const { columns, card } = spec;
  const [first] = columns;
  const rest = columns.slice(1, 1 + SECONDARY_COLUMNS);
  const primaryText: SimpleListProps['primaryText'] = card?.primaryText ?? (first ? (record: RaRecord) => <PrimaryText record={record} column={first} /> : undefined);
  const secondaryText: SimpleListProps['secondaryText'] = card?.secondaryText ?? (rest.length ? (record: RaRecord) => <SecondaryText record={record} columns={rest} /> : undefined);
  return (
    <Box data-testid="phone-list">
      <SimpleList
        rowClick={rowClick}
        rowSx={rowSx}
        primaryText={primaryText}
        secondaryText={secondaryText}
        tertiaryText={card?.tertiaryText}
        leftIcon={card?.leftIcon}
        {...(empty !== undefined ? { empty } : {})}
      />
    </Box>
  );
}
