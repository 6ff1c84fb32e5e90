/**
 * Rewards and discipline (khen thưởng, kỷ luật): nothing to seed. The five documents say who
 * proposes and on what grounds — seed 001 (Kế hoạch 1111/KH-UBND, Yên Cường): the committee
 * "đề xuất khen thưởng đối với các tập thể, cá nhân có thành tích xuất sắc… và đề nghị xử lý
 * đối với các tập thể, cá nhân sai phạm"; seed 002 (Buôn Ma Thuột), part III "Hình thức, tiêu
 * chuẩn khen thưởng": rewards "theo thẩm quyền, đúng quy định của pháp luật về thi đua, khen
 * thưởng" for "tập thể, cá nhân, hộ gia đình" — but none names a reward, a proposal, a recipient
 * or a decision. Inventing one would put a false decision number in front of officers, so this
 * step inserts nothing; rewards are entered by the units (the recognised assessments of a year
 * are offered as candidates: Query.rewardCandidates).
 */
export async function seedRewards(): Promise<number> {
  return 0;
}
