/**
 * Seed 003's rated body: Văn phòng UBND tỉnh Sơn La, an organisation (STATE_AGENCY) of Tỉnh Sơn La
 * that does its own self-assessment under Decision 3554 (DIEN-HINH-3554), sends it with its
 * evidence to the provincial police before 25/11 for appraisal, and is recognised by the
 * provincial People's Committee. With the demo accounts (never with NODE_ENV=production) also its
 * contact person's account `vpubndsonla` (ORGANISATION_REP).
 *
 * Idempotent by natural key: the organisation by province and name, the account by username, the
 * self-assessment by programme, subject and year. Everything goes through the API's services (as
 * user "seed", or as the representative for the draft), so it is validated and audited.
 *
 * Called from seed/seed.ts after the programmes and the demo accounts: `await seedOrganisations(config)`.
 */
import type { Config } from '../api/config';
import { Assessment } from '../api/assessments/assessment.model';
import { assessments } from '../api/assessments/assessment.service';
import type { Viewer } from '../api/core/access';
import { searchField } from '../api/core/text';
import { Province } from '../api/hierarchy/province.model';
import { log } from '../api/log';
import { Organisation, type OrganisationDoc } from '../api/organisations/organisation.model';
import { organisations } from '../api/organisations/organisation.service';
import { Programme } from '../api/programmes/programme.model';
import { hashPassword, viewerForUser } from '../api/users/auth';
import { User } from '../api/users/user.model';
import { SEED_VIEWER } from './content';

/** The facts seed 003 gives (its "Nơi nhận", its signature and section IV.1). */
export const VP_UBND_SON_LA = {
  provinceCode: '14',
  name: 'Văn phòng UBND tỉnh Sơn La',
  kind: 'STATE_AGENCY' as const,
  headName: 'Trần Bình Minh',
  headTitle: 'Chánh Văn phòng',
  contactName: 'Phòng Tổ chức - Hành chính - Quản trị',
  note:
    'Nguồn: văn bản mẫu 003, Kế hoạch Xây dựng xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn tỉnh Sơn La năm 2026 của Văn phòng UBND tỉnh. Đầu mối theo dõi, đôn đốc và nhận báo cáo định kỳ: phòng Tổ chức - Hành chính - Quản trị (mục IV.1–2). Văn bản không ghi địa chỉ, điện thoại.',
};

/** The organisation's demo account (docs/contract.md's demo accounts; password: the seed's demo password). */
export const VP_UBND_SON_LA_REP = { username: 'vpubndsonla', displayName: 'Đầu mối Văn phòng UBND tỉnh Sơn La' };

/** The self-assessment's year (seed 003: "năm 2026") and programme. */
export const SELF_ASSESSMENT = { programmeCode: 'DIEN-HINH-3554', year: 2026 };

export interface OrganisationSeedReport {
  organisations: number;
  users: number;
  assessments: number;
}

export async function seedOrganisations(config: Config): Promise<OrganisationSeedReport> {
  const report: OrganisationSeedReport = { organisations: 0, users: 0, assessments: 0 };
  const province = await Province.findOne({ code: VP_UBND_SON_LA.provinceCode }, { _id: 1 }).lean();
  if (!province) return report; // a partial seed without Sơn La

  const { provinceCode: _code, ...fields } = VP_UBND_SON_LA;
  const stored = await Organisation.findOne({ provinceId: province._id, wardId: null, name: VP_UBND_SON_LA.name }).lean<OrganisationDoc>();
  const org: OrganisationDoc = stored ?? (await organisations.create(SEED_VIEWER, { ...fields, unitId: String(province._id) }));
  if (!stored) report.organisations++;

  let drafter: Viewer = SEED_VIEWER;
  if (config.seedDemoAccounts) {
    let rep = await User.findOne({ username: VP_UBND_SON_LA_REP.username }).lean();
    if (!rep) {
      const now = new Date();
      await User.collection.insertOne({
        ...VP_UBND_SON_LA_REP,
        passwordHash: await hashPassword(config.seedDemoPassword, config.bcryptRounds),
        passwordChangedAt: new Date(0),
        role: 'ORGANISATION_REP',
        scopeUnitId: null,
        scopeLevel: null,
        provinceId: org.provinceId,
        wardId: null,
        neighbourhoodId: null,
        organisationId: org._id,
        disabled: false,
        lastLoginAt: null,
        search: searchField(VP_UBND_SON_LA_REP.username, VP_UBND_SON_LA_REP.displayName),
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      report.users++;
      rep = await User.findOne({ username: VP_UBND_SON_LA_REP.username }).lean();
    }
    // The representative drafts its own organisation's self-assessment (seed 003: "tự đánh giá, chấm điểm").
    if (rep && rep.role === 'ORGANISATION_REP' && rep.organisationId?.equals(org._id)) drafter = viewerForUser(rep);
  }

  const programme = await Programme.findOne({ code: SELF_ASSESSMENT.programmeCode }).lean();
  if (!programme) return report; // the fixture seed has no programmes
  if (programme.ratedLevel !== 'ORGANISATION' && !(programme.alsoRates ?? []).includes('ORGANISATION')) {
    log.warn(`programme ${programme.code} does not rate organisations: ${VP_UBND_SON_LA.name}'s self-assessment is not seeded`);
    return report;
  }
  if (!(await Assessment.exists({ programmeId: programme._id, subjectId: org._id, year: SELF_ASSESSMENT.year }))) {
    await assessments.create(drafter, { programmeId: String(programme._id), subjectId: String(org._id), subjectLevel: 'ORGANISATION', year: SELF_ASSESSMENT.year });
    report.assessments++;
  }
  return report;
}
