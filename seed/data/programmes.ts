/**
 * Programmes (phong trào / loại mô hình) from the seed documents (../shared/seeds/), with their
 * criteria sets, targets and deadlines. Criterion and target texts are the documents' (PDF line
 * breaks removed); a typo of the source is fixed where the text is a title people search and read
 * (seed 002's "Phần đầu" → "Phấn đấu" in criterion 3.2.1 and two targets, the original kept in a
 * note) and kept where the text is a quotation; `description` condenses the rest of each document
 * to the API's 5,000 characters.
 *
 * Each programme names its issuing unit (`issuer`): it applies to that unit's subtree only;
 * without one it is national (Bộ Công an's). Deadlines say which step they are for (`step`).
 *
 * - KDC-KIEU-MAU (seed 002, Phường Buôn Ma Thuột): criteria 3.1 / 3.2 / 3.3 and the three
 *   "Chỉ tiêu thi đua" of section II.4. The document writes the items as bullets; the codes
 *   3.x.y are their order under each heading.
 * - DIEN-HINH-3554 (seed 003, Văn phòng UBND tỉnh Sơn La): the 12 criteria in 4 groups of
 *   Decision 3554/QĐ-BCA-V05, whose wording the seed does not give: placeholders only. National
 *   (the Ministry's decision); it rates wards and organisations (cơ quan, doanh nghiệp, cơ sở giáo dục).
 * - KDC-AN-TOAN-ANTT: the national standard "Khu dân cư ... đạt tiêu chuẩn “An toàn về an ninh
 *   trật tự”" of Thông tư 124/2021/TT-BCA, which seed 003 cites and seed 002's criterion 3.3.1
 *   requires. Its wording is not in the seeds: one placeholder criterion. It is the national
 *   programme the sample ratings of Phường Thảo Nguyên's tổ dân phố (Sơn La) use, since seed 002's
 *   "Khu dân cư kiểu mẫu" is Phường Buôn Ma Thuột's (Đắk Lắk) and applies there only.
 *
 * - DKDVM (seed 000, Phường Thảo Nguyên): the quarterly "Điểm kinh doanh văn minh" rating of
 *   businesses "căn cứ vào phản hồi và đánh giá trực tiếp từ du khách". The plan names what a
 *   civilised business does (section II.3–5) but gives no scale: the criteria below are those
 *   duties; the points, the deduction per substantiated tourist report and the pass mark are our
 *   own (sample values, to be set by the ward). Its one classification is the title itself.
 * - QUAN-THAN-THIEN (seed 000, Phường Thảo Nguyên): the separate vote "bình chọn “Quán thân
 *   thiện” vào các dịp lễ, hội hoặc cuối tuần" of the night market's "Góc An ninh và Trải nghiệm
 *   văn minh" — not a band of the quarterly rating. The product rates by year or quarter, so a
 *   business's votes are recorded per quarter; the note of its result names the occasion.
 */
import type { SeedProgramme } from './types';

/** Seed 002, section II.3 (criteria) — bullets in the order written. */
const KDC_GROUP_31 = [
  'Quán triệt, phổ biến Kế hoạch này đến 100% thành viên Cấp ủy chi bộ, Ban tự quản, Ban Công tác Mặt trận, Lực lượng tham gia bảo vệ ANTT ở cơ sở, Tổ hòa giải... tại các tổ dân phố, buôn.',
  'Tổ chức Lễ ra mắt mô hình bảo đảm trang trọng, tiết kiệm, tạo khí thế sôi nổi trong quần chúng Nhân dân.',
  'Duy trì chế độ sinh hoạt định kỳ (hàng quý) hoặc đột xuất của Ban Chỉ đạo mô hình để: Đánh giá tình hình; tuyên truyền phương thức, thủ đoạn tội phạm mới; phát động Nhân dân tố giác tội phạm; kịp thời giải quyết các vấn đề nổi cộm ngay từ khi mới phát sinh.',
  'Chú trọng công tác sơ kết, tổng kết; kịp thời biểu dương, khen thưởng các tập thể, cá nhân, hộ gia đình tích cực, tiêu biểu trong thực hiện mô hình.',
];

const KDC_GROUP_32 = [
  'Phấn đấu 100% khu dân cư giữ vững danh hiệu “Tổ dân phố văn hóa”, “Buôn văn hóa”.',
  'Tuyên truyền, vận động 100% hộ gia đình cam kết và thực hiện nghiêm túc: “Bộ quy tắc ứng xử Người Đắk Lắk Văn minh - Thân thiện - Mến khách” và “Bộ Quy tắc ứng xử trên mạng xã hội”.',
  '100% hộ gia đình tự giác treo Quốc kỳ trong các dịp Lễ, Tết, sự kiện chính trị trọng đại của đất nước và địa phương.',
  'Tích cực thi đua xây dựng cảnh quan môi trường “Sáng - Xanh - Sạch - Đẹp”; duy trì tinh thần đoàn kết, tương thân tương ái, giúp đỡ nhau phát triển kinh tế, giảm nghèo bền vững.',
];

const KDC_GROUP_33 = [
  'Khu dân cư đạt tiêu chuẩn “An toàn về ANTT”.',
  '100% khu dân cư tổ chức “Ngày hội toàn dân bảo vệ ANTT” và các hoạt động hưởng ứng thiết thực, hiệu quả.',
  'Khu dân cư không vũ khí, vật liệu nổ, tiền chất thuốc nổ, công cụ hỗ trợ và pháo trái phép.',
  'Khu dân cư không ma túy.',
  'Khu dân cư không có trộm cắp, cướp giật.',
  'Khu dân cư không bạo lực (bao gồm cả bạo lực gia đình và bạo lực xã hội).',
  'Khu dân cư không có người lừa đảo và người bị lừa đảo.',
  'Khu dân cư không có cờ bạc, cá độ trái phép.',
  'Khu dân cư tham gia giao thông an toàn (không để xảy ra tai nạn giao thông, không vi phạm pháp luật về trật tự, an toàn giao thông).',
  'Khu dân cư không xảy ra cháy, nổ nghiêm trọng.',
  'Hòa giải, giải quyết thành công các mâu thuẫn trong nội bộ Nhân dân ngay tại khu dân cư.',
  'Khu dân cư không có người có tư tưởng, hoạt động ly khai, cực đoan; không có người tham gia tổ chức khủng bố, phản động, FULRO, “Tin Lành Đêga”...',
];

const passFail = (group: string, titles: string[]) =>
  titles.map((title, i) => ({ code: `${group}.${i + 1}`, title, group, kind: 'PASS_FAIL' as const, required: true }));

/** Seed 002's other sections, condensed to fit the API's 5,000-character description. */
const KDC_DESCRIPTION = [
  'Phong trào thi đua do UBND tỉnh Đắk Lắk phát động (Kế hoạch số 131/KH-UBND ngày 21/4/2026); dữ liệu theo Kế hoạch triển khai của UBND phường Buôn Ma Thuột (tháng 6/2026).',
  'Mục đích: xây dựng môi trường sống an toàn, văn minh, đoàn kết, lành mạnh; giữ vững ổn định an ninh chính trị, trật tự, an toàn xã hội, nâng cao toàn diện chất lượng đời sống Nhân dân; nâng cao nhận thức, ý thức tự giác chấp hành pháp luật, tinh thần trách nhiệm của hệ thống chính trị, cán bộ, đảng viên và Nhân dân trong bảo đảm an ninh, trật tự và nếp sống văn minh tại khu dân cư; thúc đẩy phong trào “Toàn dân bảo vệ an ninh Tổ quốc” và “Toàn dân đoàn kết xây dựng đời sống văn hóa” đi vào chiều sâu, thực chất; làm cơ sở đánh giá, xây dựng, nhân rộng điển hình tiên tiến, mô hình hiệu quả.',
  'Yêu cầu: triển khai đồng bộ, thiết thực, tuyệt đối tránh hình thức, gắn với nhiệm vụ chính trị, phát triển kinh tế - xã hội, quốc phòng, an ninh của phường; cấp ủy Đảng lãnh đạo toàn diện, UBND phường quản lý điều hành; đề cao trách nhiệm nêu gương của người đứng đầu; Công an làm nòng cốt, Mặt trận Tổ quốc, các ban, ngành, đoàn thể phối hợp; lấy người dân làm trung tâm (chủ thể thực hiện, người thụ hưởng); linh hoạt, bám sát thực tế, bản sắc văn hóa của từng tổ dân phố, buôn; phát huy phương châm "5 tự": Tự giác, tự quản, tự phòng, tự bảo vệ, tự hòa giải; hướng dẫn, đôn đốc, kiểm tra thường xuyên; định kỳ sơ kết, tổng kết đánh giá đúng thực chất chất lượng, hiệu quả và mức độ duy trì của mô hình; kịp thời biểu dương, khen thưởng, nhân rộng cách làm hay, sáng tạo.',
  'Đối tượng: cán bộ, công chức, viên chức, đảng viên, đoàn viên, hội viên và Nhân dân; Cấp ủy chi bộ, Ban tự quản tổ dân phố, buôn; Ban công tác Mặt trận, Tổ bảo vệ ANTT, Tổ hòa giải và các tổ chức tự quản; lực lượng tham gia bảo đảm ANTT tại cơ sở; cơ quan, đơn vị, trường học, doanh nghiệp, cơ sở sản xuất kinh doanh đóng chân trên địa bàn; Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường (trực tiếp lãnh đạo, chỉ đạo); Ban chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ ANTT (Công an là cơ quan thường trực, theo dõi, hướng dẫn, kiểm tra, giám sát, đôn đốc).',
  'Thời gian: bắt đầu ngay sau khi hoàn thành sắp xếp tổ dân phố, buôn; Lễ ra mắt chậm nhất không quá 03 tháng kể từ ngày hoàn thành sắp xếp (hạn theo từng khu dân cư, không phải ngày cố định).',
  'Quy trình, hồ sơ theo Hướng dẫn số 22/HD-BCA-V05 ngày 18/11/2022 của Bộ Công an. Hàng năm đánh giá, phân loại chất lượng hoạt động mô hình theo các tiêu chí quy định; khu dân cư được “cấp có thẩm quyền” công nhận danh hiệu (văn bản không nêu cấp nào; ghi là cấp phường).',
  'Khen thưởng: theo kết quả thực hiện phong trào trong năm và thành tích trong lãnh đạo, chỉ đạo, hướng dẫn, tổ chức thực hiện, theo thẩm quyền và quy định pháp luật về thi đua, khen thưởng có hiệu lực tại thời điểm đề nghị.',
  // Tổ chức thực hiện (mục IV): structured, in the programme's responsibilities.
].join('\n\n');

const DIEN_HINH_DESCRIPTION = [
  'Xây dựng xã, phường, đặc khu, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc: đạt 12 tiêu chí thuộc 04 nhóm lĩnh vực theo Bộ Tiêu chí kèm theo Quyết định số 3554/QĐ-BCA-V05 ngày 19/5/2025 của Bộ Công an (Bộ tiêu chí, Quy định trình tự, thủ tục, thẩm quyền xét, công nhận). Dữ liệu lấy từ Kế hoạch năm 2026 của Văn phòng UBND tỉnh Sơn La (thực hiện Kế hoạch số 10/KH-UBND ngày 08/01/2026 của UBND tỉnh Sơn La). Quyết định áp dụng cho cả cơ quan, doanh nghiệp, cơ sở giáo dục: chương trình đánh giá xã, phường, đặc khu và các tổ chức (cơ quan, doanh nghiệp, cơ sở giáo dục).',
  'Trình tự (mục III của Kế hoạch): (1) Tuyên truyền, quán triệt đến các phòng, đơn vị, cán bộ, công chức, viên chức, người lao động và Nhân dân về chủ trương xây dựng đơn vị điển hình theo Kế hoạch số 10/KH-UBND, Quyết định số 3554/QĐ-BCA-V05, Thông tư số 124/2021/TT-BCA-V05 và Quyết định số 510/QĐ-BCA-V05; căn cứ các tiêu chuẩn “An toàn về an ninh trật tự” và tiêu chí đánh giá, phân loại phong trào toàn dân bảo vệ an ninh Tổ quốc để triển khai phù hợp với thực tiễn tại đơn vị. (2) Phối hợp với Công an tỉnh và các đơn vị có liên quan tổ chức kiểm tra, đánh giá và hướng dẫn hoàn thành hồ sơ đề nghị xét, công nhận đơn vị điển hình đối với các đơn vị đạt đủ tiêu chí trong Bộ Tiêu chí. (3) Phối hợp với Công an tỉnh triển khai trình tự, thủ tục xét, công nhận theo quy định. (4) Căn cứ kết quả thực hiện Bộ Tiêu chí, đơn vị tự đánh giá, chấm điểm kết quả xây dựng đơn vị điển hình, tổng hợp kết quả kèm hồ sơ minh chứng gửi về Công an tỉnh trước ngày 25/11 để thẩm định, tham mưu trình Ủy ban nhân dân tỉnh xem xét, quyết định công nhận.',
  'Mục đích (Kế hoạch của Văn phòng UBND tỉnh Sơn La): Cụ thể hóa chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, Bộ Công an về công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới. Tăng cường sự lãnh đạo của Đảng ủy, Lãnh đạo Văn phòng UBND tỉnh, sự phối hợp của các tổ chức đoàn thể, sự tham gia tích cực của cán bộ, công chức, viên chức và người lao động đối với việc thực hiện nhiệm vụ bảo vệ an ninh quốc gia, bảo đảm trật tự an toàn xã hội năm 2026; nâng cao chất lượng, hiệu quả công tác xây dựng phong trào, góp phần bảo đảm an ninh, trật tự, phục vụ nhiệm vụ phát triển kinh tế, xã hội của địa phương; góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng toàn quốc lần thứ XIV, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2026-2030; các ngày lễ lớn, các sự kiện chính trị quan trọng của tỉnh và của Ngành diễn ra trong năm 2026. Phát huy sức mạnh tổng hợp của cả hệ thống chính trị, vận động cán bộ, công chức, viên chức và người lao động tham gia bảo vệ an ninh trật tự, tạo sự chuyển biến mạnh mẽ về chất lượng, hiệu quả phong trào tại cơ quan, đơn vị. Nâng cao vai trò, trách nhiệm, chủ động của cán bộ, công chức, viên chức và người lao động của Văn phòng UBND tỉnh; tiếp tục củng cố, tăng cường thế trận an ninh nhân dân và quốc phòng toàn dân.',
  'Yêu cầu: Tạo chuyển biến rõ nét về nhận thức và hành động của cán bộ, công chức, viên chức và người lao động về vai trò, tác dụng, hiệu quả của công tác xây dựng phong trào đối với công tác đảm bảo an ninh trật tự; đảm bảo sự phối hợp thường xuyên với các đơn vị liên quan thuộc lực lượng Công an trong công tác hướng dẫn, chỉ đạo triển khai thực hiện. Bám sát quy định của Bộ Công an, UBND tỉnh, Công an tỉnh và các cấp có thẩm quyền, đảm bảo khoa học, phù hợp với thực tiễn; phân công cụ thể, rõ ràng gắn với kiểm điểm, đánh giá từng chỉ tiêu, để tạo hiệu ứng thi đua lan tỏa phong trào toàn dân bảo vệ an ninh Tổ quốc.',
  // Tổ chức thực hiện (mục IV): structured, in the programme's responsibilities.
].join('\n\n');

export const SEED_PROGRAMMES: SeedProgramme[] = [
  {
    code: 'KDC-KIEU-MAU',
    name: 'Khu dân cư kiểu mẫu về văn hóa và an ninh, trật tự',
    legalBasis: [
      {
        number: '131/KH-UBND',
        date: '2026-04-21',
        issuer: 'UBND tỉnh Đắk Lắk',
        title: 'Kế hoạch phát động Phong trào thi đua xây dựng mô hình “Khu dân cư kiểu mẫu về văn hóa và an ninh trật tự” trên địa bàn tỉnh Đắk Lắk',
      },
      {
        number: '22/HD-BCA-V05',
        date: '2022-11-18',
        issuer: 'Bộ Công an',
        title: 'Hướng dẫn về xây dựng, nhân rộng mô hình, điển hình tiên tiến trong phong trào toàn dân bảo vệ ANTT',
      },
      {
        // The plan itself: "Số: /KH-UBND", "ngày tháng 6 năm 2026" — number and day left blank in the document.
        issuer: 'UBND phường Buôn Ma Thuột',
        // "Thực hiện Kế hoạch số 131/KH-UBND ngày 21/4/2026 của Ủy ban nhân dân tỉnh Đắk Lắk…"
        basedOn: '131/KH-UBND',
        title:
          'Kế hoạch Phát động Phong trào thi đua xây dựng mô hình “Khu dân cư kiểu mẫu về văn hóa và an ninh, trật tự” trên địa bàn phường Buôn Ma Thuột (số và ngày để trống trong văn bản: “Số: /KH-UBND”, “ngày tháng 6 năm 2026”; Chủ tịch Nguyễn Thanh Vũ)',
      },
    ],
    ratedLevel: 'NEIGHBOURHOOD',
    recognizingLevel: 'WARD',
    period: 'YEAR',
    criteriaSet: {
      name: 'Tiêu chí “Khu dân cư kiểu mẫu về văn hóa và an ninh, trật tự” (Kế hoạch UBND phường Buôn Ma Thuột, 2026)',
      groups: [
        { code: '3.1', title: 'Thi đua trong công tác tổ chức, xây dựng và duy trì hoạt động của mô hình' },
        { code: '3.2', title: 'Thi đua xây dựng “Khu dân cư kiểu mẫu về văn hóa”' },
        { code: '3.3', title: 'Thi đua xây dựng “Khu dân cư kiểu mẫu về An ninh, trật tự”' },
      ],
      criteria: [...passFail('3.1', KDC_GROUP_31), ...passFail('3.2', KDC_GROUP_32), ...passFail('3.3', KDC_GROUP_33)],
      thresholds: [],
      note:
        'Theo mục II.3 “Nội dung thi đua” của Kế hoạch phường Buôn Ma Thuột: nhóm 3.1 (4 nội dung), 3.2 (4 nội dung), 3.3 (12 nội dung). Văn bản ghi các nội dung dưới dạng gạch đầu dòng; mã 3.x.y là thứ tự trong từng mục. Văn bản không nêu nội dung nào là không bắt buộc, nên mọi tiêu chí đều ghi bắt buộc (đạt/không đạt). Tiêu chí 3.2.1: văn bản viết “Phần đầu” (lỗi chính tả), ghi là “Phấn đấu”. Văn bản chỉ nói “đánh giá, phân loại chất lượng hoạt động mô hình hàng năm theo các tiêu chí quy định”, không nêu mức phân loại hay ngưỡng điểm, nên chưa có ngưỡng phân loại.',
    },
    targets: [
      {
        title:
          '100% tổ dân phố, buôn tổ chức Lễ ra mắt mô hình ngay sau khi hoàn thành sắp xếp tổ chức lại (chậm nhất không quá 03 tháng kể từ ngày hoàn thành việc sắp xếp).',
        metric: 'launchedWithin3MonthsShare',
        goal: 1,
        unit: 'tỷ lệ',
        comparison: 'AT_LEAST',
        note: 'Mục II.4 Chỉ tiêu thi đua; hạn 03 tháng tính từ ngày hoàn thành sắp xếp của từng tổ dân phố, buôn.',
      },
      {
        title:
          '100% hộ gia đình trong khu dân cư được phổ biến nội dung mô hình và ký bản cam kết thực hiện các tiêu chí xây dựng “Khu dân cư kiểu mẫu về văn hóa và ANTT”.',
        metric: 'householdsSignedShare',
        goal: 1,
        unit: 'tỷ lệ',
        comparison: 'AT_LEAST',
        note: 'Mục II.4 Chỉ tiêu thi đua.',
      },
      {
        title:
          'Hàng năm, phấn đấu có trên 90% khu dân cư trên địa bàn phường được cấp có thẩm quyền công nhận đạt danh hiệu “Khu dân cư kiểu mẫu về văn hóa và ANTT”.',
        metric: 'recognisedShare',
        goal: 0.9,
        unit: 'tỷ lệ',
        comparison: 'MORE_THAN',
        note: 'Mục II.4 Chỉ tiêu thi đua; văn bản viết “phần đầu” (lỗi chính tả của “phấn đấu”).',
      },
      // Other quantified aims the document states inside the criteria (II.3), not in II.4.
      {
        title:
          'Quán triệt, phổ biến Kế hoạch đến 100% thành viên Cấp ủy chi bộ, Ban tự quản, Ban Công tác Mặt trận, Lực lượng tham gia bảo vệ ANTT ở cơ sở, Tổ hòa giải... tại các tổ dân phố, buôn.',
        metric: 'planBriefedMembersShare',
        goal: 1,
        unit: 'tỷ lệ',
        comparison: 'AT_LEAST',
        note: 'Nêu trong nội dung thi đua mục 3.1 (cũng là tiêu chí 3.1.1), không thuộc mục II.4 Chỉ tiêu thi đua.',
      },
      {
        title: 'Phấn đấu 100% khu dân cư giữ vững danh hiệu “Tổ dân phố văn hóa”, “Buôn văn hóa”.',
        metric: 'cultureTitleKeptShare',
        goal: 1,
        unit: 'tỷ lệ',
        comparison: 'AT_LEAST',
        note: 'Nêu trong nội dung thi đua mục 3.2 (cũng là tiêu chí 3.2.1), không thuộc mục II.4 Chỉ tiêu thi đua. Văn bản viết “Phần đầu” (lỗi chính tả của “Phấn đấu”).',
      },
      {
        title:
          '100% hộ gia đình cam kết và thực hiện nghiêm túc “Bộ quy tắc ứng xử Người Đắk Lắk Văn minh - Thân thiện - Mến khách” và “Bộ Quy tắc ứng xử trên mạng xã hội”.',
        metric: 'householdsCodeOfConductShare',
        goal: 1,
        unit: 'tỷ lệ',
        comparison: 'AT_LEAST',
        note: 'Nêu trong nội dung thi đua mục 3.2 (cũng là tiêu chí 3.2.2), không thuộc mục II.4 Chỉ tiêu thi đua.',
      },
      {
        title: '100% hộ gia đình tự giác treo Quốc kỳ trong các dịp Lễ, Tết, sự kiện chính trị trọng đại của đất nước và địa phương.',
        metric: 'householdsFlagShare',
        goal: 1,
        unit: 'tỷ lệ',
        comparison: 'AT_LEAST',
        note: 'Nêu trong nội dung thi đua mục 3.2 (cũng là tiêu chí 3.2.3), không thuộc mục II.4 Chỉ tiêu thi đua.',
      },
      {
        title: '100% khu dân cư tổ chức “Ngày hội toàn dân bảo vệ ANTT” và các hoạt động hưởng ứng thiết thực, hiệu quả.',
        metric: 'securityFestivalHeldShare',
        goal: 1,
        unit: 'tỷ lệ',
        comparison: 'AT_LEAST',
        note: 'Nêu trong nội dung thi đua mục 3.3 (cũng là tiêu chí 3.3.2), không thuộc mục II.4 Chỉ tiêu thi đua.',
      },
    ],
    // The document's only time limit: launch at most 3 months after the neighbourhoods'
    // re-arrangement, whose date it does not give (the plan is of June 2026 and starts "ngay sau
    // khi hoàn thành sắp xếp"). A `due` must be a day: 30/09/2026 is 3 months after the plan's
    // month, an assumption the note states; a neighbourhood's own rearrangedOn + 3 months is
    // what the launchedWithin3MonthsShare target measures.
    deadlines: [
      {
        title: 'Tổ chức Lễ ra mắt mô hình “Khu dân cư kiểu mẫu về văn hóa và ANTT” (chậm nhất không quá 03 tháng kể từ ngày hoàn thành việc sắp xếp tổ dân phố, buôn)',
        due: '2026-09-30',
        step: 'LAUNCH',
        note: 'Mục II.4 và IV.6 của Kế hoạch. Văn bản không ghi ngày hoàn thành sắp xếp tổ dân phố, buôn: hạn 30/09/2026 là 03 tháng sau tháng ban hành Kế hoạch (tháng 6/2026), giả định việc sắp xếp hoàn thành trong tháng đó. Khi biết ngày hoàn thành sắp xếp của từng tổ dân phố, buôn, hạn của khu dân cư đó là ngày ấy cộng 03 tháng.',
      },
    ],
    description: KDC_DESCRIPTION,
    // Mục IV "Tổ chức thực hiện".
    responsibilities: [
      {
        body: 'Công an phường',
        duties: [
          'Chủ trì tham mưu UBND phường triển khai thực hiện Kế hoạch xây dựng mô hình “Khu dân cư kiểu mẫu về văn hóa và an ninh, trật tự” trên địa bàn phường theo đúng quy định, hướng dẫn của Bộ Công an và kế hoạch của cấp trên.',
          'Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam phường, các phòng, ban, đoàn thể đẩy mạnh công tác tuyên truyền, vận động Nhân dân tích cực tham gia phong trào toàn dân bảo vệ ANTKQ và xây dựng mô hình “Khu dân cư kiểu mẫu về văn hóa và an ninh, trật tự”.',
          'Hướng dẫn các Tổ dân phố, buôn triển khai thực hiện mô hình; xây dựng nội dung hoạt động, tiêu chí thực hiện, quy chế hoạt động và hoàn thiện hồ sơ xây dựng mô hình theo quy định; tổ chức Lễ ra mắt mô hình; thường xuyên theo dõi, kiểm tra, đôn đốc việc triển khai thực hiện, bảo đảm thiết thực, hiệu quả, đúng mục đích, yêu cầu đề ra.',
          'Định kỳ tham mưu UBND phường tổ chức sơ kết, tổng kết, đánh giá hiệu quả hoạt động của mô hình; tham mưu tổ chức đánh giá, phân loại chất lượng hoạt động mô hình hàng năm theo các tiêu chí quy định; tổng hợp kết quả, báo cáo cấp trên theo quy định. Kịp thời tham mưu biểu dương, đề xuất khen thưởng tập thể, cá nhân có thành tích xuất sắc; nhân rộng các cách làm hay, hiệu quả trong phong trào thi đua xây dựng mô hình “Khu dân cư kiểu mẫu về văn hóa và an ninh, trật tự”.',
        ],
        note: 'Mục IV.1. Vướng mắc báo cáo UBND phường (qua Công an phường).',
      },
      {
        body: 'Phòng Văn hóa - Xã hội',
        duties: ['Phối hợp với Công an phường và các đơn vị liên quan kiểm tra, đánh giá kết quả thực hiện các tiêu chí về văn hóa trong quá trình triển khai mô hình; hướng dẫn khen thưởng đối với những tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua.'],
        note: 'Mục IV.2',
      },
      {
        body: 'Phòng Kinh tế, Hạ tầng và Đô thị',
        duties: [
          'Phối hợp hướng dẫn các tổ dân phố, buôn thực hiện các nội dung liên quan đến chỉnh trang đô thị, vệ sinh môi trường, bảo đảm mỹ quan đô thị và các tiêu chí thực hiện mô hình tại khu dân cư.',
          'Tham mưu UBND phường bố trí, huy động các nguồn kinh phí đảm bảo việc triển khai, thực hiện kế hoạch và kinh phí khen thưởng theo quy định.',
        ],
        note: 'Mục IV.3',
      },
      {
        body: 'Trung tâm cung ứng dịch vụ sự nghiệp công; Trang thông tin điện tử phường',
        duties: [
          'Đẩy mạnh tuyên truyền về mục đích, ý nghĩa, nội dung phong trào thi đua trên hệ thống truyền thanh, trang thông tin điện tử, mạng xã hội và các hình thức phù hợp khác để cán bộ, Nhân dân biết, tích cực hưởng ứng tham gia thực hiện; phổ biến sâu rộng “Bộ Quy tắc ứng xử văn hóa trên môi trường số”; vận động Nhân dân xây dựng môi trường văn hóa lành mạnh, ứng xử văn minh trong cộng đồng và trên không gian mạng.',
        ],
        note: 'Mục IV.4',
      },
      {
        body: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường',
        duties: [
          'Chỉ đạo, hướng dẫn các tổ chức chính trị - xã hội tuyên truyền, vận động đoàn viên, hội viên, Nhân dân tích cực hưởng ứng, tham gia thực hiện hiệu quả phong trào thi đua tại khu dân cư, phát huy sức mạnh khối đoàn kết toàn dân trong công tác bảo đảm an ninh, trật tự và xây dựng đời sống văn hóa tại khu dân cư.',
        ],
        note: 'Mục IV.5 (“Đề nghị”).',
      },
      {
        body: 'Ban tự quản các tổ dân phố, buôn',
        duties: [
          'Chủ trì xây dựng, ra mắt mô hình “Khu dân cư kiểu mẫu về văn hóa và ANTT” ngay sau khi hoàn thành sắp xếp Tổ dân phố, buôn trên địa bàn phường (chậm nhất không quá 3 tháng kể từ ngày hoàn thành việc sắp xếp), duy trì sinh hoạt và hoạt động hiệu quả.',
        ],
        note: 'Mục IV.6',
      },
    ],
    recipients: [
      'UBND tỉnh',
      'Công an tỉnh',
      'TT Đảng ủy phường',
      'TT HĐND phường',
      'CT, các PCT UBND phường',
      'UBMTTQ phường (p/h)',
      'Công an phường (t/h)',
      'Các phòng, ban (t/h)',
      'Các tổ dân phố, buôn (t/h)',
      'Lưu: VT, CAP',
    ],
    issuer: { wardCode: '24133' },
    source: { seed: '002', section: 'Kế hoạch UBND phường Buôn Ma Thuột, tháng 6/2026: mục I–IV' },
  },
  {
    code: 'DIEN-HINH-3554',
    name: 'Xã, phường, đặc khu, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc',
    legalBasis: [
      {
        number: '3554/QĐ-BCA-V05',
        date: '2025-05-19',
        issuer: 'Bộ Công an',
        title:
          'Quyết định về việc ban hành Bộ tiêu chí, Quy định trình tự, thủ tục, thẩm quyền xét, công nhận xã, phường, đặc khu, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc',
      },
      {
        number: '10/KH-UBND',
        date: '2026-01-08',
        issuer: 'UBND tỉnh Sơn La',
        title: 'Kế hoạch về Xây dựng xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn tỉnh Sơn La',
      },
      {
        number: '124/2021/TT-BCA-V05',
        date: '2021-12-28',
        issuer: 'Bộ Công an',
        title: 'Thông tư quy định khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn “An toàn về an ninh trật tự” (số hiệu như ghi trong văn bản)',
      },
      {
        number: '510/QĐ-BCA-V05',
        date: '2022-01-20',
        issuer: 'Bộ trưởng Bộ Công an',
        title: 'Quyết định quy định tiêu chí đánh giá, phân loại phong trào toàn dân bảo vệ an ninh Tổ quốc',
      },
      {
        // The plan itself; the seed's text shows no number or date.
        issuer: 'Văn phòng UBND tỉnh Sơn La',
        // "Thực hiện Kế hoạch số 10/KH-UBND ngày 08/01/2026 của Ủy ban nhân dân tỉnh…"
        basedOn: '10/KH-UBND',
        title:
          'Kế hoạch Xây dựng xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn tỉnh Sơn La năm 2026 (văn bản không ghi số, ngày; Chánh Văn phòng Trần Bình Minh)',
      },
    ],
    ratedLevel: 'WARD',
    recognizingLevel: 'PROVINCE',
    period: 'YEAR',
    criteriaSet: {
      name: 'Bộ tiêu chí xã, phường, đặc khu, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc (Quyết định 3554/QĐ-BCA-V05)',
      groups: [1, 2, 3, 4].map((n) => ({ code: `N${n}`, title: `Nhóm tiêu chí ${n} (chờ văn bản)` })),
      criteria: Array.from({ length: 12 }, (_, i) => ({
        code: `TC${i + 1}`,
        title: `Tiêu chí ${i + 1} (chờ văn bản Quyết định 3554/QĐ-BCA-V05)`,
        // Placeholder split: 3 criteria per group (the seed gives only "12 tiêu chí thuộc 04 nhóm lĩnh vực").
        group: `N${Math.floor(i / 3) + 1}`,
        kind: 'POINTS' as const,
        required: true,
        placeholder: true,
      })),
      thresholds: [],
      note:
        'Tạm thời: văn bản nguồn (Kế hoạch của Văn phòng UBND tỉnh Sơn La) chỉ nêu “đảm bảo đạt 12 tiêu chí thuộc 04 nhóm lĩnh vực theo Bộ Tiêu chí kèm theo Quyết định số 3554/QĐ-BCA-V05 ngày 19/5/2025 của Bộ Công an”, không nêu nội dung, cách phân nhóm, điểm tối đa hay ngưỡng phân loại. Tên nhóm, tên tiêu chí và việc chia 3 tiêu chí mỗi nhóm là giữ chỗ, cần thay bằng văn bản Quyết định. Loại tiêu chí là chấm điểm vì văn bản yêu cầu “tự đánh giá, chấm điểm” kèm hồ sơ minh chứng; chưa ghi điểm tối đa (văn bản không nêu). Mọi tiêu chí ghi bắt buộc vì văn bản yêu cầu “đảm bảo đạt 12 tiêu chí”.',
    },
    // The document states no quantified target (only "đạt 12 tiêu chí", a criterion of recognition).
    targets: [],
    deadlines: [
      {
        title: 'Gửi kết quả tự đánh giá, chấm điểm kèm hồ sơ minh chứng về Công an tỉnh',
        due: '--11-25',
        step: 'SUBMIT',
        note: 'Trước ngày 25/11 (năm 2026 theo Kế hoạch của Văn phòng UBND tỉnh Sơn La): đơn vị tự đánh giá, chấm điểm kết quả xây dựng đơn vị điển hình, tổng hợp kết quả kèm hồ sơ minh chứng gửi Công an tỉnh để thẩm định, tham mưu trình UBND tỉnh xem xét, quyết định công nhận.',
      },
    ],
    description: DIEN_HINH_DESCRIPTION,
    // Mục IV "Tổ chức thực hiện" (of the Văn phòng UBND tỉnh Sơn La).
    responsibilities: [
      {
        body: 'Các phòng, đơn vị',
        duties: [
          'Triển khai tổ chức quán triệt, triển khai đến công chức, viên chức và người lao động đảm bảo thực hiện công tác xây dựng xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn tỉnh Sơn La và nội dung Kế hoạch này.',
          'Định kỳ báo cáo với Văn phòng UBND tỉnh (qua phòng Tổ chức - Hành chính - Quản trị).',
        ],
        note: 'Mục IV.1',
      },
      {
        body: 'Phòng Tổ chức - Hành chính - Quản trị',
        duties: ['Thường xuyên theo dõi, phối hợp, đôn đốc với các phòng, ban, đơn vị kiểm tra, đôn đốc triển khai, thực hiện Kế hoạch.', 'Định kỳ hoặc đột xuất báo cáo theo quy định.'],
        note: 'Mục IV.2',
      },
      {
        body: 'Trung tâm Thông tin',
        duties: [
          'Phối hợp đăng tải tài liệu, tin bài trên Cổng thông tin điện tử tỉnh về tổ chức triển khai thực hiện công tác xây dựng xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn tỉnh Sơn La.',
        ],
        note: 'Mục IV.3',
      },
      {
        body: 'Cán bộ, công chức, người lao động thuộc Văn phòng UBND tỉnh',
        duties: [
          'Tiên phong, gương mẫu trong việc chấp hành triển khai thực hiện công tác xây dựng xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn tỉnh Sơn La.',
        ],
        note: 'Mục IV.4',
      },
    ],
    recipients: ['Công an tỉnh', 'LĐVP UBND tỉnh', 'Trung tâm Thông tin', 'Các phòng, đơn vị thuộc VP', 'Lưu: VT, TCHCQT, VH'],
    // Decision 3554 rates "xã, phường, đặc khu, cơ quan, doanh nghiệp, cơ sở giáo dục"; the seed
    // gives no date for appraisal or recognition (only "trước ngày 25/11" for the self-assessment).
    alsoRates: ['ORGANISATION'],
    source: { seed: '003', section: 'Kế hoạch Văn phòng UBND tỉnh Sơn La năm 2026: mục I–IV' },
  },
  {
    code: 'DKDVM',
    name: 'Điểm kinh doanh văn minh (đánh giá theo quý)',
    legalBasis: [
      {
        // The plan carries no number or date in its text; it was digitally signed on 2025-08-11.
        date: '2025-08-11',
        issuer: 'UBND phường Thảo Nguyên',
        title: 'Kế hoạch triển khai mô hình “Thảo Nguyên An toàn – Điểm đến mến khách” tại phường Thảo Nguyên, tỉnh Sơn La',
      },
    ],
    ratedLevel: 'ESTABLISHMENT',
    recognizingLevel: 'WARD',
    period: 'QUARTER',
    criteriaSet: {
      name: 'Điểm kinh doanh văn minh – Phường Thảo Nguyên',
      note: 'Tiêu chí theo nhiệm vụ của cơ sở kinh doanh trong Kế hoạch (mục II.3–5); thang điểm là dữ liệu mẫu. Tiêu chí 2.1 do hệ thống tự chấm từ phản ánh của du khách đã xác minh đúng sự thật trong quý.',
      groups: [
        { code: '1', title: 'Cam kết và tổ chức tại cơ sở' },
        { code: '2', title: 'Phản hồi của du khách' },
      ],
      criteria: [
        { code: '1.1', title: 'Ký cam kết thực hiện kinh doanh văn minh, thân thiện; treo biển khẩu hiệu phong trào tại cơ sở', group: '1', kind: 'PASS_FAIL', required: true },
        { code: '1.2', title: 'Cử ít nhất 01 nhân viên “Người giữ khách”, đeo bảng tên “Tôi là người giữ khách – Tôi giúp bạn an toàn”', group: '1', kind: 'PASS_FAIL', required: true },
        { code: '1.3', title: 'Không chèo kéo – Không hét giá – Không xả rác', group: '1', kind: 'POINTS', maxScore: 30, required: false },
        { code: '1.4', title: 'Treo mã QR tiếp nhận phản ánh của du khách tại cơ sở', group: '1', kind: 'POINTS', maxScore: 20, required: false },
        { code: '2.1', title: 'Không có phản ánh của du khách được xác minh đúng sự thật trong quý', group: '2', kind: 'POINTS', maxScore: 40, deductPerReport: 20, required: false },
      ],
      // The plan names one outcome of the quarterly rating, the title itself; the pass mark is a sample value.
      thresholds: [{ classification: 'Điểm kinh doanh văn minh', minTotal: 60 }],
    },
    targets: [],
    deadlines: [],
    description:
      'Đánh giá “Điểm kinh doanh văn minh” theo quý đối với các cơ sở kinh doanh lưu trú, ăn uống, lưu niệm trên địa bàn phường, căn cứ vào phản hồi và đánh giá trực tiếp từ du khách (mục II.5 của Kế hoạch). Việc bình chọn “Quán thân thiện” vào các dịp lễ, hội hoặc cuối tuần (mục II.4) là một cuộc bình chọn riêng (chương trình QUAN-THAN-THIEN), không phải một mức của đánh giá này.',
    issuer: { wardCode: '03982' },
    source: { seed: '000', section: 'Kế hoạch “Thảo Nguyên An toàn – Điểm đến mến khách”: mục II.3, II.4, II.5' },
  },
  {
    code: 'QUAN-THAN-THIEN',
    name: 'Bình chọn “Quán thân thiện” (dịp lễ, hội, cuối tuần)',
    legalBasis: [
      {
        date: '2025-08-11',
        issuer: 'UBND phường Thảo Nguyên',
        title: 'Kế hoạch triển khai mô hình “Thảo Nguyên An toàn – Điểm đến mến khách” tại phường Thảo Nguyên, tỉnh Sơn La',
      },
    ],
    ratedLevel: 'ESTABLISHMENT',
    recognizingLevel: 'WARD',
    period: 'QUARTER',
    criteriaSet: {
      name: 'Bình chọn “Quán thân thiện” – Phường Thảo Nguyên',
      note: 'Kế hoạch (mục II.4, “Góc An ninh và Trải nghiệm văn minh” tại chợ đêm) chỉ nêu “tổ chức bình chọn “Quán thân thiện” vào các dịp lễ, hội hoặc cuối tuần nhằm khuyến khích kinh doanh văn minh, lịch sự”, không nêu ai bình chọn hay cách tính. Kết quả ghi theo quý (đơn vị kỳ nhỏ nhất của hệ thống); ghi chú của kết quả nêu dịp bình chọn.',
      groups: [{ code: '1', title: 'Kết quả bình chọn' }],
      criteria: [{ code: '1.1', title: 'Được bình chọn “Quán thân thiện” trong dịp lễ, hội hoặc cuối tuần', group: '1', kind: 'PASS_FAIL', required: true }],
      thresholds: [{ classification: 'Quán thân thiện', minTotal: 1 }],
    },
    targets: [],
    deadlines: [],
    description:
      'Bình chọn “Quán thân thiện” vào các dịp lễ, hội hoặc cuối tuần nhằm khuyến khích kinh doanh văn minh, lịch sự (Kế hoạch “Thảo Nguyên An toàn – Điểm đến mến khách”, mục II.4: “Góc An ninh và Trải nghiệm văn minh”, chợ đêm, Tổ dân phố 3/2). Là cuộc bình chọn riêng, không phải mức cao nhất của đánh giá “Điểm kinh doanh văn minh” theo quý (DKDVM).',
    issuer: { wardCode: '03982' },
    source: { seed: '000', section: 'Kế hoạch “Thảo Nguyên An toàn – Điểm đến mến khách”: mục II.4' },
  },
  {
    code: 'KDC-AN-TOAN-ANTT',
    name: 'Khu dân cư đạt tiêu chuẩn “An toàn về an ninh, trật tự”',
    legalBasis: [
      {
        number: '124/2021/TT-BCA-V05',
        date: '2021-12-28',
        issuer: 'Bộ Công an',
        title: 'Thông tư quy định khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn “An toàn về an ninh trật tự” (số hiệu như ghi trong Kế hoạch của Văn phòng UBND tỉnh Sơn La)',
      },
    ],
    ratedLevel: 'NEIGHBOURHOOD',
    recognizingLevel: 'WARD',
    period: 'YEAR',
    criteriaSet: {
      name: 'Tiêu chuẩn khu dân cư “An toàn về an ninh, trật tự” (Thông tư 124/2021/TT-BCA)',
      note: 'Tạm thời: các văn bản nguồn chỉ nêu tên Thông tư (Kế hoạch của Văn phòng UBND tỉnh Sơn La) và yêu cầu “Khu dân cư đạt tiêu chuẩn “An toàn về ANTT”” (tiêu chí 3.3.1 của Kế hoạch phường Buôn Ma Thuột), không nêu nội dung các tiêu chuẩn. Một tiêu chí giữ chỗ (đạt/không đạt), cần thay bằng các tiêu chuẩn của Thông tư. Cấp công nhận ghi là cấp xã, phường (văn bản nguồn không nêu).',
      groups: [{ code: 'TC', title: 'Tiêu chuẩn “An toàn về an ninh, trật tự” (chờ văn bản)' }],
      criteria: [
        {
          code: 'TC1',
          title: 'Đạt tiêu chuẩn “An toàn về an ninh, trật tự” (chờ văn bản Thông tư 124/2021/TT-BCA)',
          group: 'TC',
          kind: 'PASS_FAIL',
          required: true,
          placeholder: true,
        },
      ],
      thresholds: [],
    },
    targets: [],
    // The seeds give no date for it.
    deadlines: [],
    description:
      'Tiêu chuẩn quốc gia (Bộ Công an) cho khu dân cư (tổ dân phố, thôn, xóm, buôn): khu dân cư đạt tiêu chuẩn “An toàn về an ninh trật tự” theo Thông tư số 124/2021/TT-BCA-V05 ngày 28/12/2021 (số hiệu như ghi trong Kế hoạch năm 2026 của Văn phòng UBND tỉnh Sơn La, mục III.1). Áp dụng toàn quốc; nội dung tiêu chuẩn chờ văn bản.',
    source: { seed: '003', section: 'Kế hoạch Văn phòng UBND tỉnh Sơn La năm 2026: mục III.1 (tên Thông tư); xem thêm seed 002, tiêu chí 3.3.1' },
  },
];
