import { useInput } from 'react-admin';

/** Keeps a value (a row's id) in the form without showing it, so rows keep their identity when saved. */
export const HiddenInput = ({ source }: { source: string }) => {
  useInput({ source });
  return null;
};
