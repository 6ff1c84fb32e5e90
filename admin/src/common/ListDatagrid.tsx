/**
 * react-admin's <Datagrid> whose columns are sortable exactly when the API can sort the list by
 * that column (its `orderBy` enum, read from the schema): a column's `sortBy`, or else its
 * `source`. No list states its own sortable columns, so the console cannot offer a sort the API
 * refuses. For a list of records only (a page of a resource); embedded arrays use <Datagrid>.
 * A table wider than the screen scrolls sideways inside its box, not the whole page.
 */
import { Children, cloneElement, isValidElement, type ReactElement } from 'react';
import { Box } from '@mui/material';
import { Datagrid, useResourceContext, type DatagridProps } from 'react-admin';
import { sortFieldsOf } from '../providers/dataProvider';

interface ColumnProps {
  source?: string;
  sortBy?: string;
  sortable?: boolean;
}

export function ListDatagrid({ children, ...props }: DatagridProps) {
  const resource = useResourceContext() ?? '';
  const sortable = sortFieldsOf(resource);
  const columns = Children.map(children, (column) => {
    if (!isValidElement<ColumnProps>(column)) return column;
    const key = column.props.sortBy ?? column.props.source;
    return cloneElement(column as ReactElement<ColumnProps>, { sortable: key !== undefined && sortable.has(key) });
  });
  // A table wider than a phone scrolls inside its own box; the page (toolbar, create and export buttons) stays on screen.
  return (
    <Box sx={{ width: '100%', maxWidth: '100%', overflowX: 'auto' }}>
      <Datagrid {...props}>{columns}</Datagrid>
    </Box>
  );
}
