/**
 * "Việc cần làm": the signed-in user's to-do list (the API's `todos`), soonest first, overdue in
 * red, each a link to its record. A list of full-width rows, so it reads on a phone as well.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Button, List, ListItemButton, ListItemText, Skeleton, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { Todo } from '../../../rules/contract';
import { dueState, todoPath } from '../../../rules/deadlines';
import { DueChip } from './due';
import { Section } from './sections';
import { fetchTodos } from './todos';

/** Rows shown before "show all". */
const FIRST = 8;

/** A to-do's record in the console (a meeting schedule's to-do opens the schedule and its occurrences). */
const pathOf = (todo: Todo) => todoPath(todo.recordType, todo.recordId);

const TodoRow = ({ todo, now }: { todo: Todo; now: Date }) => {
  const translate = useTranslate();
  const state = todo.dueAt ? dueState(new Date(todo.dueAt), false, now) : null;
  return (
    <ListItemButton
      component={Link}
      to={pathOf(todo)}
      divider
      data-testid="todo"
      data-kind={todo.kind}
      data-overdue={todo.overdue ? 'true' : 'false'}
      sx={{ alignItems: 'flex-start', gap: 1, px: 1, flexWrap: { xs: 'wrap', sm: 'nowrap' } }}
    >
      <ListItemText
        primary={todo.title}
        secondary={[translate(`enums.TodoKind.${todo.kind}`), todo.subjectName].filter(Boolean).join(' · ')}
        slotProps={{ primary: { sx: { color: todo.overdue ? 'error.main' : undefined, fontWeight: todo.overdue ? 600 : undefined, overflowWrap: 'anywhere' } } }}
        sx={{ my: 0.25, minWidth: 0 }}
      />
      <Box sx={{ flexShrink: 0, pt: 0.5 }}>{state ? <DueChip state={state} at={todo.dueAt} /> : <Typography variant="caption" color="text.secondary">{translate('dashboard.todos.no_due')}</Typography>}</Box>
    </ListItemButton>
  );
};

export const TodoPanel = () => {
  const translate = useTranslate();
  const [all, setAll] = useState(false);
  const query = useQuery({ queryKey: ['todos'], queryFn: fetchTodos, staleTime: 60_000 });
  const todos = query.data ?? [];
  const overdue = todos.filter((t) => t.overdue).length;
  const now = new Date();
  const shown = all ? todos : todos.slice(0, FIRST);
  return (
    <Section
      title={translate('dashboard.todos.title')}
      testId="todos"
      action={
        todos.length > 0 && (
          <Typography variant="body2" color={overdue ? 'error' : 'text.secondary'}>
            {translate('dashboard.todos.count', { smart_count: todos.length, overdue })}
          </Typography>
        )
      }
    >
      {query.isPending ? (
        <Stack spacing={1}>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} variant="rounded" height={44} />
          ))}
        </Stack>
      ) : query.error ? (
        <Alert severity="warning" action={<Button onClick={() => void query.refetch()}>{translate('dashboard.retry')}</Button>}>
          {translate('dashboard.todos.load_error')}
        </Alert>
      ) : todos.length === 0 ? (
        <Typography variant="body2" color="text.secondary" data-testid="todos-empty">
          {translate('dashboard.todos.none')}
        </Typography>
      ) : (
        <>
          <List dense disablePadding>
            {shown.map((t) => (
              <TodoRow key={t.id} todo={t} now={now} />
            ))}
          </List>
          {todos.length > FIRST && (
            <Button size="small" onClick={() => setAll(!all)} sx={{ mt: 1 }} data-testid="todos-toggle">
              {all ? translate('dashboard.todos.fewer') : translate('dashboard.todos.all', { count: todos.length })}
            </Button>
          )}
        </>
      )}
    </Section>
  );
};
