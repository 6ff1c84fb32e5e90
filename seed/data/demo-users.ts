/** The demo accounts of docs/contract.md (never seeded with NODE_ENV=production). */
import type { Role } from '../../api/core/access';

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  /** The scope unit by code: a province code, a ward code, or a ward code plus neighbourhood code. */
  scope: { provinceCode: string } | { wardCode: string } | { wardCode: string; neighbourhoodCode: string } | null;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'ADMIN', scope: null },
  { username: 'sonla', displayName: 'Công an tỉnh Sơn La', role: 'PROVINCE_OFFICER', scope: { provinceCode: '14' } },
  { username: 'thaonguyen', displayName: 'Công an phường Thảo Nguyên', role: 'WARD_OFFICER', scope: { wardCode: '03982' } },
  { username: 'tdp32', displayName: 'Tổ trưởng Tổ dân phố 3/2', role: 'NEIGHBOURHOOD_HEAD', scope: { wardCode: '03982', neighbourhoodCode: 'TDP-3-2' } },
  { username: 'ninhbinh', displayName: 'Công an tỉnh Ninh Bình', role: 'PROVINCE_OFFICER', scope: { provinceCode: '37' } },
  { username: 'yencuong', displayName: 'Công an xã Yên Cường', role: 'WARD_OFFICER', scope: { wardCode: '13870' } },
  { username: 'daklak', displayName: 'Công an tỉnh Đắk Lắk', role: 'PROVINCE_OFFICER', scope: { provinceCode: '66' } },
  { username: 'buonmathuot', displayName: 'Công an phường Buôn Ma Thuột', role: 'WARD_OFFICER', scope: { wardCode: '24133' } },
  { username: 'viewer', displayName: 'Ủy ban MTTQ tỉnh Sơn La (chỉ xem)', role: 'VIEWER', scope: { provinceCode: '14' } },
];
