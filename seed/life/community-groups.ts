/**
 * Seed 001, II.3.2.1: "Thành lập nhóm Zalo theo từng thôn, xóm", named “Zalo ANTT + tên thôn, xóm
 * (cơ quan, đơn vị) + xã Yên Cường”, the area police officer as main administrator. The document
 * names no thôn, xóm or group: one sample group per sample neighbourhood of Xã Yên Cường ("Thôn
 * 1"…"Thôn 6", "Xóm 1", "Xóm 2"), with sample member counts and households covered (isSample).
 * Inserts only the groups missing by (model, neighbourhood, platform); never overwrites an edit.
 */
import { Types } from 'mongoose';
import type { Viewer } from '../../api/core/access';
import { CommunityGroup } from '../../api/community/community-group.model';
import { communityGroups, refreshGroupNaming } from '../../api/community/community-group.service';
import { Neighbourhood } from '../../api/hierarchy/neighbourhood.model';
import { Ward } from '../../api/hierarchy/ward.model';
import { SecurityModel } from '../../api/models/model.model';
import { User } from '../../api/users/user.model';
import { proposeGroupName } from '../../rules/naming';
import { SEED_DOCUMENT_MODELS } from '../data/seed-models';

const YEN_CUONG_WARD = '13870';
const YEN_CUONG_MODEL = SEED_DOCUMENT_MODELS.find((m) => m.key === 'yen-cuong-zalo-antt');
/** The document's rule, as the model's groupNamingRule states it. */
export const YEN_CUONG_GROUP_RULE = 'Zalo ANTT {unit} xã Yên Cường';

/** The identity the seed's changes are recorded under (as seed/content.ts's). */
const SEED: Viewer = { userId: new Types.ObjectId('000000000000000000000000'), username: 'seed', role: 'ADMIN', scope: null };

// Sample figures per neighbourhood, in order: a plausible size where the neighbourhood has no
// household count yet, and the share of households in the group (60–95 %).
const SAMPLE_HOUSEHOLDS = [180, 150, 220, 130, 240, 200, 160, 125];
const SAMPLE_SHARE = [0.9, 0.82, 0.75, 0.95, 0.68, 0.86, 0.6, 0.78];

export async function seedCommunityGroups(): Promise<number> {
  const ward = await Ward.findOne({ code: YEN_CUONG_WARD }, { _id: 1 }).lean();
  if (!ward || !YEN_CUONG_MODEL) return 0;
  const model = await SecurityModel.findOne({ wardId: ward._id, unitId: ward._id, name: YEN_CUONG_MODEL.name }, { _id: 1 }).lean();
  if (!model) return 0;
  const [neighbourhoods, administrator, existing] = await Promise.all([
    Neighbourhood.find({ wardId: ward._id, isSample: true }, { _id: 1, name: 1, code: 1, households: 1 }).sort({ code: 1 }).lean(),
    User.findOne({ username: 'yencuong' }, { _id: 1 }).lean(),
    CommunityGroup.find({ modelId: model._id, platform: 'ZALO' }, { unitId: 1 }).lean(),
  ]);
  const seeded = new Set(existing.map((g) => String(g.unitId)));
  let created = 0;
  for (const [i, n] of neighbourhoods.entries()) {
    if (seeded.has(String(n._id))) continue;
    const households = n.households ?? SAMPLE_HOUSEHOLDS[i % SAMPLE_HOUSEHOLDS.length] ?? 150;
    const covered = Math.round(households * (SAMPLE_SHARE[i % SAMPLE_SHARE.length] ?? 0.8));
    await communityGroups.create(SEED, {
      modelId: String(model._id),
      unitId: String(n._id),
      platform: 'ZALO',
      name: proposeGroupName(YEN_CUONG_GROUP_RULE, n.name) ?? n.name,
      administratorUserId: administrator ? String(administrator._id) : null,
      memberCounts: [
        { role: 'ADMIN', count: 1 },
        { role: 'VILLAGE_HEAD', count: 1 },
        { role: 'SECURITY_TEAM_LEADER', count: 1 },
        { role: 'FRONT', count: 1 },
        { role: 'MASS_ORGANISATION', count: 4 },
        { role: 'RESIDENT', count: Math.round(covered * 1.3) },
      ],
      householdsCovered: covered,
      isSample: true,
      note:
        'Dữ liệu mẫu: văn bản (Kế hoạch 1111/KH-UBND) không nêu tên nhóm, số thành viên hay số hộ tham gia; tên nhóm theo quy tắc “Zalo ANTT + tên thôn, xóm (cơ quan, đơn vị) + xã Yên Cường”. Thành phần: Cảnh sát khu vực (quản trị chính), Trưởng thôn, xóm, Tổ trưởng Tổ bảo vệ ANTT, Ban công tác Mặt trận, các đoàn thể, người dân.',
    });
    created++;
  }
  // The verdicts follow the model's rule as it stands now (set by the models' seed, or later by an officer).
  await refreshGroupNaming({ modelId: model._id });
  return created;
}
