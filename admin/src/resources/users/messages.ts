import type { SameKeys } from '../../i18n/app';

const vi = {
  resources: {
    users: {
      name: 'Tài khoản |||| Tài khoản',
      fields: {
        username: 'Tên đăng nhập',
        displayName: 'Họ tên',
        password: 'Mật khẩu',
        role: 'Vai trò',
        scopeUnitId: 'Phạm vi',
        scope: 'Phạm vi',
        'scope.name': 'Phạm vi',
        disabled: 'Đã khóa',
        lastLoginAt: 'Đăng nhập lần cuối',
        createdAt: 'Ngày tạo',
        updatedAt: 'Cập nhật lần cuối',
        provinceId: 'Tỉnh, thành phố',
        wardId: 'Xã, phường, đặc khu',
        neighbourhoodId: 'Khu dân cư',
        organisationId: 'Cơ quan, đơn vị',
        q: 'Tìm kiếm',
      },
      edit_password: 'Mật khẩu mới',
      status: { label: 'Trạng thái', locked: 'Đã khóa', active: 'Đang hoạt động' },
      helpers: {
        username: 'Từ 3 đến 40 ký tự: chữ cái không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang.',
        password: 'Ít nhất 8 ký tự.',
        new_password: 'Để trống nếu giữ nguyên mật khẩu hiện tại.',
        disabled: 'Tài khoản bị khóa không đăng nhập được.',
        scope_admin: 'Quản trị hệ thống có quyền trên toàn quốc, không gắn với địa bàn nào.',
        scope_pick_role: 'Chọn vai trò trước, rồi chọn phạm vi.',
        scope_organisation: 'Đầu mối chỉ làm việc với hồ sơ của một cơ quan, đơn vị: chọn cơ quan, đơn vị đó (thuộc tỉnh hoặc xã, phường trong phạm vi của bạn).',
        own_account: 'Bạn không thể tự đổi vai trò, phạm vi hay trạng thái khóa của chính mình.',
      },
      scope: {
        level: 'Cấp của phạm vi',
        province: 'Tỉnh, thành phố',
        ward: 'Xã, phường, đặc khu',
        nationwide: 'Toàn quốc',
      },
      validation: {
        username: 'Từ 3 đến 40 ký tự, chỉ gồm chữ cái không dấu (a–z), chữ số và . _ -',
        password_too_long: 'Mật khẩu dài quá %{max} byte (một chữ có dấu như “ệ” chiếm 2–3 byte).',
      },
    },
  },
};

const en: SameKeys<typeof vi> = {
  resources: {
    users: {
      name: 'Account |||| Accounts',
      fields: {
        username: 'Username',
        displayName: 'Full name',
        password: 'Password',
        role: 'Role',
        scopeUnitId: 'Scope',
        scope: 'Scope',
        'scope.name': 'Scope',
        disabled: 'Locked',
        lastLoginAt: 'Last sign-in',
        createdAt: 'Created',
        updatedAt: 'Last updated',
        provinceId: 'Province',
        wardId: 'Commune / ward',
        neighbourhoodId: 'Neighbourhood',
        organisationId: 'Organisation',
        q: 'Search',
      },
      edit_password: 'New password',
      status: { label: 'Status', locked: 'Locked', active: 'Active' },
      helpers: {
        username: '3 to 40 characters: letters a–z, digits, dot, underscore, hyphen.',
        password: 'At least 8 characters.',
        new_password: 'Leave empty to keep the current password.',
        disabled: 'A locked account cannot sign in.',
        scope_admin: 'An administrator acts nationwide, without a unit.',
        scope_pick_role: 'Choose the role first, then the scope.',
        scope_organisation: 'A contact person works on one organisation’s records only: pick it (of a province, or of a commune or ward, in your scope).',
        own_account: 'You cannot change your own role, scope or lock status.',
      },
      scope: {
        level: 'Scope level',
        province: 'Province',
        ward: 'Commune / ward',
        nationwide: 'Nationwide',
      },
      validation: {
        username: '3 to 40 characters, only letters a–z, digits and . _ -',
        password_too_long: 'The password is longer than %{max} bytes (a letter with Vietnamese diacritics, such as “ệ”, takes 2–3 bytes).',
      },
    },
  },
};

export const messages = { vi, en };
