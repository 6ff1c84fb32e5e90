/**
 * Đổi mật khẩu: the signed-in user changes their own password (the API's `changePassword`),
 * reached from the user menu. The form checks the API's own rules (rules/limits) before sending;
 * the API's refusals read in words under the field they concern. The API then revokes every token
 * issued before the change, this session's too, so the console signs in again with the new
 * password at once; if that fails (no connection), it sends the user to the sign-in form, which
 * says the session ended.
 */
import { Box, Card, CardContent, Typography } from '@mui/material';
import LockResetIcon from '@mui/icons-material/LockReset';
import { z } from 'zod';
import { Form, PasswordInput, SaveButton, Title, useGetIdentity, useLogin, useLogout, useNotify, useTranslate } from 'react-admin';
import { MAX_PASSWORD_BYTES, MIN_PASSWORD_LENGTH, passwordTooLong } from '../../../rules/limits';
import { clearSession } from '../providers/session';
import { noteSessionExpired } from '../shell/signIn';
import { changeOwnPassword } from './api';
import { CalendarFeedSection } from './CalendarFeedSection';


interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

// zod's fast path probes for eval (new Function), which the console's CSP forbids: the probe
// alone is reported as a violation. The interpreted path is as correct and fast enough for a form.
z.config({ jitless: true });

/** The API's rules for a new password (api/core/validation newPassword), and the form's own: typed twice, not the current one. */
const passwordForm = z
  .object({
    currentPassword: z.string().min(1, 'account.password.required'),
    newPassword: z
      .string()
      .min(1, 'account.password.required')
      .min(MIN_PASSWORD_LENGTH, 'account.password.too_short')
      .refine((v) => !passwordTooLong(v), 'account.password.too_long'),
    confirmPassword: z.string().min(1, 'account.password.required'),
  })
  .refine((v) => v.confirmPassword === v.newPassword, { path: ['confirmPassword'], message: 'account.password.mismatch' })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: 'account.password.same_as_current' });

const MESSAGE_ARGS = { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_BYTES };

/** react-admin's form-level validation: each field's first problem, as a message with its arguments. */
function validate(values: Partial<PasswordForm>) {
  const parsed = passwordForm.safeParse({ currentPassword: '', newPassword: '', confirmPassword: '', ...values });
  if (parsed.success) return {};
  const errors: Record<string, { message: string; args: typeof MESSAGE_ARGS }> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0]);
    errors[field] ??= { message: issue.message, args: MESSAGE_ARGS };
  }
  return errors;
}

export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const login = useLogin();
  const logout = useLogout();
  const { identity } = useGetIdentity();

  // Signing out reloads the page to the shell's sign-in form, which says the session ended.
  const signInAgain = async () => {
    noteSessionExpired();
    await logout({}, '/login', false);
  };

  // What it returns (fields → messages) react-admin shows under the inputs.
  const submit = async (values: Partial<PasswordForm>) => {
    const { currentPassword = '', newPassword = '' } = values;
    const refusal = await changeOwnPassword(currentPassword, newPassword);
    if (refusal) {
      switch (refusal.reason) {
        case 'wrong_current':
          return { currentPassword: 'account.password.wrong_current' };
        case 'too_weak':
          return { newPassword: translate('account.password.too_weak', { detail: refusal.detail }) };
        case 'rate_limited':
          notify('account.password.rate_limited', { type: 'error', messageArgs: { minutes: refusal.minutes } });
          return { currentPassword: translate('account.password.rate_limited', { minutes: refusal.minutes }) };
        case 'session_expired':
          await signInAgain();
          return undefined;
        default:
          notify(refusal.message, { type: 'error' });
          return undefined;
      }
    }
    // The old token is revoked now (the API would refuse even the sign-in that carried it): a new
    // one, with the new password, keeps the user signed in here.
    const username = typeof identity?.username === 'string' ? identity.username : null;
    clearSession();
    try {
      if (!username) throw new Error('no identity');
      await login({ username, password: newPassword }, '/');
      notify('account.password.changed', { type: 'success' });
    } catch {
      await signInAgain();
    }
    return undefined;
  };

  return (
    <Box sx={{ maxWidth: 520, mt: { xs: 1, sm: 2 } }} data-testid="change-password">
      <Title title="account.password.title" />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h1" gutterBottom>
            {translate('account.password.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('account.password.intro', MESSAGE_ARGS)}
          </Typography>
          <Form<PasswordForm> onSubmit={submit} validate={validate} mode="onBlur" reValidateMode="onChange">
            <PasswordInput source="currentPassword" label="account.password.current" autoComplete="current-password" fullWidth />
            <PasswordInput source="newPassword" label="account.password.new" autoComplete="new-password" fullWidth />
            <PasswordInput source="confirmPassword" label="account.password.confirm" autoComplete="new-password" fullWidth />
            <SaveButton label="account.password.submit" icon={<LockResetIcon />} />
          </Form>
        </CardContent>
      </Card>
      {/* The account's other setting: the calendar feed of the user's deadlines (Lịch công việc). */}
      <Box sx={{ mt: 2 }}>
        <CalendarFeedSection />
      </Box>
    </Box>
  );
};
