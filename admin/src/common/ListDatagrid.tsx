/**
 * react-admin's <Datagrid> whose columns are sortable exactly when the API can sort the list by
 * that column (its `orderBy` enum, read from the schema): a column's `sortBy`, or else its
 * `source`. No list states its own sortable columns, so the console cannot offer a sort the API
 * refuses. For a list of records only (a page of a resource); embedded arrays use <Datagrid>.
 * A table wider than the screen scrolls sideways inside its box, not the whole page. Rows that
 * open a record are reached with Tab and opened with Enter, as they are with a click.
 * Inside a ResourceList on a phone, the same list is a column of cards (PhoneList) instead.
 */
import { Children, cloneElement, isValidElement, type KeyboardEvent, type ReactElement } from 'react';
import { Box } from '@mui/material';
import { Datagrid, DatagridBody, DatagridRow, useResourceContext, type DatagridProps, type DatagridRowProps } from 'react-admin';
import { sortFieldsOf } from '../providers/dataProvider';
import { PhoneList, PhoneListContext, useIsPhone, usePhoneListSpec } from './PhoneList';

interface ColumnProps {
  source?: string;
  sortBy?: string;
  sortable?: boolean;
}

/** Enter on the focused row does what a click on it does (only on the row itself, not on a button inside it). */
const openOnEnter = (event: KeyboardEvent<HTMLTableRowElement>) => {
  if (event.key === 'Enter' && event.target === event.currentTarget) {
    event.preventDefault();
    event.currentTarget.click();
  }
};

/** A row that opens a record is in the Tab order. */
const KeyboardRow = (props: DatagridRowProps) => (props.rowClick ? <DatagridRow {...props} tabIndex={0} onKeyDown={openOnEnter} /> : <DatagridRow {...props} />);

const keyboardBody = <DatagridBody row={<KeyboardRow />} />;

export function ListDatagrid({ children, ...props }: DatagridProps) {
  const resource = useResourceContext() ?? '';
  const phoneSpec = usePhoneListSpec();
  const phone = useIsPhone();
  const sortable = sortFieldsOf(resource);
  if (phone && phoneSpec) return <PhoneList spec={phoneSpec} rowClick={props.rowClick} rowSx={props.rowSx} empty={props.empty} />;
  const columns = Children.map(children, (column) => {
    if (!isValidElement<ColumnProps>(column)) return column;
    const key = column.props.sortBy ?? column.props.source;
    return cloneElement(column as ReactElement<ColumnProps>, { sortable: key !== undefined && sortable.has(key) });
  });
  // A table wider than a phone scrolls inside its own box; the page (toolbar, create and export buttons) stays on screen.
  return (
    <Box sx={{ width: '100%', maxWidth: '100%', overflowX: 'auto', '& .RaDatagrid-clickableRow:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 } }}>
      {/* A list nested in a row (an expand panel) is not the resource list: it keeps its table. */}
      <PhoneListContext.Provider value={null}>
        <Datagrid body={keyboardBody} {...props}>
          {columns}
        </Datagrid>
      </PhoneListContext.Provider>
    </Box>
  );
}
