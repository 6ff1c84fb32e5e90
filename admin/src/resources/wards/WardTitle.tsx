import { useRecordContext } from 'react-admin';

/** The page title: the name alone, which already says what it is ("Tỉnh Sơn La", "Phường Thảo Nguyên"). */
export const WardTitle = () => {
  const record = useRecordContext<{ id: string; name?: string }>();
  return <>{record?.name ?? ''}</>;
};
