/** The account screens' messages (account.*), Vietnamese first. */
import type { SameKeys } from '../i18n/app';

const vi = {
  menu: {
    change_password: 'Đổi mật khẩu',
    language: 'Ngôn ngữ',
    signed_in_as: '%{name} · %{role}',
  },
  password: {
    title: 'Đổi mật khẩu',
    intro: 'Mật khẩu mới có ít nhất %{min} ký tự. Sau khi đổi, các phiên đăng nhập khác của bạn (máy khác, trình duyệt khác) sẽ bị đăng xuất.',
    current: 'Mật khẩu hiện tại',
    new: 'Mật khẩu mới',
    confirm: 'Nhập lại mật khẩu mới',
    submit: 'Đổi mật khẩu',
    required: 'Bắt buộc nhập',
    too_short: 'Mật khẩu mới phải có ít nhất %{min} ký tự.',
    too_long: 'Mật khẩu mới quá dài: tối đa %{max} byte (chữ có dấu như “ệ” chiếm 2–3 byte).',
    same_as_current: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    mismatch: 'Hai lần nhập mật khẩu mới không khớp.',
    wrong_current: 'Mật khẩu hiện tại không đúng.',
    too_weak: 'Máy chủ không chấp nhận mật khẩu mới: %{detail}',
    rate_limited: 'Nhập sai mật khẩu hiện tại quá nhiều lần. Vui lòng đợi khoảng %{minutes} phút rồi thử lại.',
    changed: 'Đã đổi mật khẩu. Bạn vẫn đăng nhập trên thiết bị này.',
    sign_in_again: 'Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới.',
  },
};

export const messages: { vi: { account: typeof vi }; en: { account: SameKeys<typeof vi> } } = {
  vi: { account: vi },
  en: {
    account: {
      menu: {
        change_password: 'Change password',
        language: 'Language',
        signed_in_as: '%{name} · %{role}',
      },
      password: {
        title: 'Change password',
        intro: 'The new password has at least %{min} characters. Once it is changed, your other sessions (other devices, other browsers) are signed out.',
        current: 'Current password',
        new: 'New password',
        confirm: 'New password again',
        submit: 'Change password',
        required: 'Required',
        too_short: 'The new password must have at least %{min} characters.',
        too_long: 'The new password is too long: at most %{max} bytes (a letter with diacritics such as “ệ” takes 2–3 bytes).',
        same_as_current: 'The new password must differ from the current one.',
        mismatch: 'The two new passwords do not match.',
        wrong_current: 'The current password is wrong.',
        too_weak: 'The server refused the new password: %{detail}',
        rate_limited: 'Too many wrong current passwords. Please wait about %{minutes} minute(s) and try again.',
        changed: 'Your password is changed. You are still signed in on this device.',
        sign_in_again: 'Your password is changed. Please sign in again with the new password.',
      },
    },
  },
};
