/** The caller's to-do list (`todos`): what the dashboard's "Việc cần làm" panel shows. */
import { gql } from '@apollo/client';
import type { Query, Todo } from '../../../rules/contract';
import { run } from '../providers/api';

const TODOS = gql`
  query Todos {
    todos { id kind title dueAt overdue recordType recordId subjectName }
  }
`;

export const fetchTodos = async (): Promise<Todo[]> => (await run<Pick<Query, 'todos'>>(TODOS, {})).todos;
