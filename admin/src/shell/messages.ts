/**
 * The sign-in shell's words, Vietnamese first. The shell paints before react-admin and its i18n
 * provider exist, so it carries its own few messages; they say what the console's own say
 * (app.auth.*, app.errors.*, ra.auth.*) for the same situations.
 */
import type { SameKeys } from '../i18n/app';

export const shellVi = {
  title: 'Hệ thống quản lý mô hình ANTT',
  subtitle: 'Phong trào Toàn dân bảo vệ an ninh Tổ quốc',
  heading: 'Đăng nhập',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  signIn: 'Đăng nhập',
  signingIn: 'Đang đăng nhập…',
  loading: 'Đang tải ứng dụng…',
  required: 'Nhập tên đăng nhập và mật khẩu.',
  wrongCredentials: 'Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị khóa.',
  rateLimited: 'Thử quá nhiều lần. Vui lòng đợi khoảng %{minutes} phút rồi thử lại.',
  network: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
  sessionExpired: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  appFailed: 'Không tải được ứng dụng (mạng yếu hoặc mất kết nối).',
  retry: 'Tải lại',
  language: 'Ngôn ngữ',
};

export const shellEn: SameKeys<typeof shellVi> = {
  title: 'Security Models Registry',
  subtitle: 'All People Protect National Security movement',
  heading: 'Sign in',
  username: 'Username',
  password: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  loading: 'Loading the application…',
  required: 'Enter your username and password.',
  wrongCredentials: 'Wrong username or password, or the account is disabled.',
  rateLimited: 'Too many attempts. Please wait about %{minutes} minute(s) and try again.',
  network: 'The server cannot be reached. Check the network and try again.',
  sessionExpired: 'Your session has expired. Please sign in again.',
  appFailed: 'The application could not be loaded (weak or lost connection).',
  retry: 'Reload',
  language: 'Language',
};

export type ShellMessages = typeof shellVi;
export type ShellLanguage = 'vi' | 'en';

/**
 * The language the console was last used in. react-admin keeps it in its default localStorage
 * store (ra-core localStorageStore: key "RaStore.locale", the value JSON-encoded), which the
 * shell reads and writes directly so both always agree.
 */
const LOCALE_KEY = 'RaStore.locale';

export function storedLanguage(): ShellLanguage {
  try {
    return JSON.parse(localStorage.getItem(LOCALE_KEY) ?? '"vi"') === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export const storeLanguage = (language: ShellLanguage) => localStorage.setItem(LOCALE_KEY, JSON.stringify(language));

export const shellMessages = (language: ShellLanguage): ShellMessages => (language === 'en' ? shellEn : shellVi);
