/**
 * Periodic reports (báo cáo định kỳ, issue 11) of the seed documents, loaded by seed/content.ts
 * through the API's services.
 *
 * - Seed 004 (../shared/seeds/004_4709a02a07d569b2.txt): Báo cáo số 530/BC-UBND ngày 30/12/2020 of
 *   UBND huyện Lai Vung, as it was sent: its heading, "Kính gửi", "Thực hiện …", Part I as the
 *   results, Part II as the problems (nhận xét, đánh giá) and the request (kiến nghị, đề xuất),
 *   Part III as the plan, "Nơi nhận" and the signer, in the document's wording (the PDF's line
 *   breaks removed, one paragraph or list item a line). Its Phụ lục 2 is computed from the 17
 *   models of ./lai-vung-models.ts, as they were named in it. Huyện Lai Vung no longer exists;
 *   its models are attached to today's communes of Đồng Tháp (code 82): Xã Hòa Long, Xã Lai
 *   Vung and Xã Phong Hòa, so the report belongs to the province, whose subtree holds exactly
 *   those 17 models.
 * - A sample draft for Xã Yên Cường (seed 001's monthly review, "Định kỳ 01 tháng … họp đánh giá
 *   tình hình, kết quả thực hiện") for the current month, its narrative pre-filled from the
 *   ward's models. Marked isSample.
 *
 * The opening sentence ("Uỷ ban nhân dân huyện Lai Vung báo cáo … như sau:") is the last line of
 * the basis, where the documents look for it, and the signer's title keeps both of its lines
 * ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"). Only the closing sentence ("Trên đây là báo cáo …./.") has
 * no field: the documents write their own.
 */
import type { PeriodKind } from '../../rules/contract';
import type { UnitRef } from './types';

/** createPeriodReport's input, with the unit by code and whether it is sent up once created. */
export interface SeedPeriodReport {
  unit: UnitRef;
  periodKind: Exclude<PeriodKind, 'CUSTOM'>;
  year: number;
  periodIndex?: number;
  number?: string;
  title?: string;
  place?: string;
  issuedOn?: string;
  addressee?: string;
  requestsTo?: string;
  basis?: string[];
  recipients?: string[];
  signerTitle?: string;
  signerName?: string;
  results?: string;
  problems?: string;
  requests?: string;
  nextPlan?: string;
  nextPlanPeriod?: string;
  isSample: boolean;
  /** Sent up (SUBMIT) right after it is created, so its computed sections are frozen as sent. */
  submit: boolean;
}

/** Seed 004: Lai Vung's report of 30/12/2020 on its models, submitted. */
export const LAI_VUNG_2020_REPORT: SeedPeriodReport = {
  unit: { provinceCode: '82' },
  periodKind: 'YEAR',
  year: 2020,
  number: '530/BC-UBND',
  title: 'Về việc đánh giá và đề xuất nhân rộng các mô hình hay trong phát triển kinh tế - xã hội',
  place: 'Lai Vung',
  issuedOn: '2020-12-30',
  addressee: 'Văn phòng Uỷ ban nhân dân Tỉnh',
  // Phụ lục 2's last header: "Kiến nghị đối với UBND Tỉnh".
  requestsTo: 'UBND Tỉnh',
  basis: [
    'Thực hiện Công văn số 567/UBND-THVX ngày 21 tháng 12 năm 2020 của Ủy ban nhân dân tỉnh Đồng Tháp về việc đánh giá và đề xuất nhân rộng các mô hình hay trong phát triển kinh tế - xã hội.',
    'Uỷ ban nhân dân huyện Lai Vung báo cáo đánh giá và đề xuất nhân rộng các mô hình hay trong phát triển kinh tế - xã hội như sau:',
  ],
  recipients: ['Như trên;', 'Chủ tịch, các PCT/UBND huyện;', 'Lãnh đạo Văn phòng;', 'Lưu: VT, NCHội.'],
  signerTitle: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH',
  signerName: 'Nguyễn Hữu Nghĩa',
  // I. KẾT QUẢ THỰC HIỆN
  results: [
    '1. Mô hình do Công an chủ trì, nhân rộng',
    '- Gắn, treo biển số điện thoại Công an xã, thị trấn: mô hình này được triển khai từ năm 2013 tại 12 xã, thị trấn trên địa bàn huyện, đến nay đã lắp đặt được tổng cộng 762 biển. Mô hình này hiện nay đang phát huy hiệu quả tích cực, thông qua số điện thoại đường dây nóng của Công an xã, thị trấn người dân kịp thời cung cấp những tin liên quan đến an ninh, trật tự giúp lực lượng Công an kịp thời nắm tình hình góp phần đảm bảo tình hình ANTT ở địa phương;',
    '- Camera an ninh: Trên địa bàn huyện Lai Vung đã tiến hành lắp đặt, vận hành tổng số 128 camera. Trong đó, 63 camera Công an huyện quản lý, 15 camera ở xã Tân Dương, 08 camera ở xã Hòa Thành, 14 camera ở xã Tân Thành, 15 camera ở xã Tân Phước do Công an các xã quản lý và 13 camera do Ban quản lý chợ Lai Vung quản lý. Đa phần các camera đều đặt ở những vị trí quan trọng như: QL80, QL54, chợ, địa bàn giáp ranh đã tạo điều kiện thuận lợi trong phát hiện đối tượng, vụ việc xảy ra liên quan ANTT tại các điểm này.',
    'Camera an ninh đã giúp lực lượng Công an phát hiện, xử lý 04 vụ (03 trộm cắp tài sản; 01 cướp tài sản), trích xuất camera từ người dân, phối hợp các đơn vị khác trong đấu tranh với tội phạm, cung cấp thông tin về đặc điểm dạng người, phương tiện, hoạt động phạm tội của tội phạm góp phần giúp ích cho hoạt động điều tra tiếp theo cũng như chứng cứ khoa học cho kết luận điều tra sau này nhằm xử lý đúng người đúng tội và giúp xác định nhiều vụ va chạm giao thông với tính khách quan cao; trích xuất theo yêu cầu của các đơn vị địa phương giáp ranh 03 vụ việc.',
    '- Quản lý, giáo dục, giúp đỡ người nghiện ma túy tại cộng đồng: Công an huyện căn cứ Kế hoạch số 77/KH-CAT-TM ngày 21/5/2020 của Công an tỉnh và Hướng dẫn số 145/PV05 triển khai thực hiện thí điểm tại xã Vĩnh Thới và Long Thắng. Đến nay đã nhân rộng đến 06 xã, thị trấn, với 166 thành viên tham gia quản lý, giúp đỡ 196 đối tượng. Qua công tác quản lý, giáo dục giúp đỡ đến nay đã có 40 đối tượng tiến bộ, số đối tượng có việc làm ổn định còn thấp.',
    '- Quán cà phê chiếu phóng sự tuyên truyền phong trào toàn dân bảo vệ an ninh Tổ quốc: Trên cơ sở kế hoạch số 40/KH-CAH-XDPT ngày 19/5/2020 của Công an huyện về việc xây dựng mô hình “Các điểm liên kết phong trào bảo vệ ANTQ”. Qua hơn 04 tháng đã chuyển tải đến 26 quán, có 18 quán cà phê hỗ trợ tuyên truyền được 197 lượt (08 quán màn hình tivi hỏng), có khoảng trên 948 lượt người đến xem; chiếu các phóng sự do Công an tỉnh cung cấp với thời lượng khoảng 15 phút mỗi lần và phát nhiều lần các ngày trong tuần. Nội dung tuyên truyền: Các văn bản quy pháp pháp luật về hình sự, tố tụng hình sự, thi hành tạm giữ, tạm giam, xử lý vi phạm hành chính, tệ nạn xã hội... Các phương thức, thủ đoạn hoạt động của các thế lực thù địch; các loại tội phạm về hình sự, kinh tế, ma túy, môi trường và các hành vi vi phạm pháp luật khác. Các biện pháp phòng ngừa, phát hiện, ngăn chặn, đấu tranh, tố giác với các loại tội phạm và các hành vi vi phạm pháp luật.',
    '- Zalo nhóm Công an viên khóm, ấp kết nối Tổ nhân dân tự quản: Trên cơ sở kế hoạch số 40/KH-CAH-XDPT ngày 19/5/2020 của Công an huyện về việc xây dựng mô hình “Các điểm liên kết phong trào bảo vệ ANTQ”. Hiện đã thành lập được 12 nhóm Zalo có 196 thành viên tham gia là tổ trưởng, tổ phó, thư ký tổ nhân dân tự quản, Bảo vệ dân phố, Dân phòng và quần chúng nhân dân tốt ở 12 xã, thị trấn. Thời gian qua Công an huyện đã chuyển tải 36 bản tin, hình ảnh vào nhóm Zalo chung của Tổ nhân dân tự quản để tuyên truyền phòng chống ma túy, tuyên truyền phòng chống trộm cắp, cướp giật tài sản; an toàn giao thông…',
    'Hiệu quả của mô hình là thông tin các phương thức thủ đoạn hoạt động mới của bọn tội phạm đến tổ nhân dân tự quản và quần chúng nhân dân nhanh chóng, kịp thời; hoặc nhờ các anh các chú tổ nhân dân tự quản nhận dạng đối tượng, thông tin về lai lịch của đối tượng cần tìm một cách nhanh nhất, đỡ mất thời gian,…góp phần đảm bảo tốt tình hình ANTT ở địa phương. Qua đó được quần chúng nhân dân (từ zalo nhóm) cung cấp 106 nguồn tin, giúp cho lực lựơng Công an huyện, xã thu hồi 07 dao tự chế, 04 súng tự chế, 05 gậy điện, nhiều dao, kiếm các loại… triệt xóa 06 vụ, 69 tên góp phần đảm bảo tốt tình hình an ninh trật tự ở địa phương.',
    '- Thông tin chuyển hóa địa bàn: Thực hiện Kế hoạch số 21/KH-CAH-TH, ngày 30/3/2020 của Công an huyện về việc chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội xã Tân Thành. Công an huyện tiếp tục đề ra Kế hoạch xây dựng Mô hình đảm bảo an ninh, trật tự trên địa bàn xã với tên gọi “Thông tin chuyển hóa địa bàn”, được thành lập tháng 8/2020, ban quản lý là Đội trưởng các Đội nghiệp vụ và Trưởng Công an xã Tân Thành, không giới hạn số lượng thành viên tham gia mô hình. Các thành viên tham gia quản lý mô hình có trách nhiệm nắm tình hình các ấp được phân công phụ trách; những thông tin, tình hình có liên quan đến an ninh trật tự sẽ được thông báo tuyên truyền rộng rãi cho các thành viên nắm thông qua điện thoại, nhắn tin, zalo... trên cơ sở đó các thành viên trong mô hình có trách nhiệm tuyên truyền cho người thân quen và nhân dân xóm, ấp thuộc xã Tân Thành để chủ động phòng ngừa. Từ khi thành lập đến nay đã truyền tải 32 bài, tin về phương thức thủ đoạn hoạt động của tội phạm, tệ nạn xã hội, các thành viên trong mô hình cung cấp 25 tin có giá trị giúp lực lượng Công an giải tán 16 nhóm tệ nạn xã hội.',
    '- Câu lạc bộ người hoàn lương: Được triển khai từ năm 2016 tại 05 xã (Tân Hòa, Tân Thành, Long Hậu, Định Hòa, Vĩnh Thới) với 50 thành viên. Trong năm đã hợp xét cho 09 trường hợp vay vốn với tổng số tiền 410 triệu đồng. Thông qua mô hình đã giúp người được tha tù, đặc xá tái hòa nhập cộng đồng, tạo điều kiện vay vốn, phát triển kinh tế, ổn định cuộc sống.',
    '- Tổ cảm hoá, giáo dục Thanh, thiếu niện vi phạm pháp luật và có biểu hiện vi phạm pháp luật: Đã có 12/12 xã, thị trấn thành lập được 71 Tổ, với 586 thành viên. Các xã, thị trấn có duy trì hoạt động mô hình này nhưng chủ yếu thông qua Hội đồng bảo vệ an ninh, trật tự cùng cấp để phân công thành viên của Hội đồng quản lý, cảm hóa, giáo dục đối tượng thanh, thiếu niên. Đã cảm hóa, giúp đỡ cho 189 thanh thiếu niên vi phạm pháp luật và có biểu hiện vi phạm pháp luật. Qua đó, đã có trên 69 trường hợp tiến bộ và kịp thời phát hiện, xử lý các trường hợp vi phạm pháp luật.',
    '2. Mô hình Công an phối hợp với các ngành, tổ chức chính trị, xã hội thực hiện',
    '- Tổ nhân dân tự quản: Việc nhân rộng mô hình được tiến hành đúng theo Kế hoạch 121/KH-MT ngày 07/7/2017 của Ban Thường trực UBMTTQVN tỉnh Đồng Tháp, cụ thể là tiến hành khảo sát sắp xếp lại tổ, trên cơ sở kết quả khảo sát, sắp xếp, trên địa bàn huyện có 1.173 Tổ, với 3.519 người tham gia làm Tổ trưởng, Tổ phó, Thư ký. Quy mô Tổ đông nhất là 50 hộ, Tổ ít nhất là 21 hộ tham gia, các xã, thị trấn đã hoàn thành việc nhân rộng mô hình “Tổ nhân dân tự quản”. Hiện nay, hoạt động của Tổ nhân dân tự quản được sự hướng dẫn của các ban ngành có liên quan và đã tập huấn nghiệp vụ.',
    '- Khu dân cư an toàn về PCCC: phối hợp với Ủy ban Mặt trận Tổ quốc thành lập tại thị trấn Lai Vung, xã Tân Thành, xã Định Hòa với 03 Tổ 49 thành viên (KDC khóm 1, khóm 4, thị trấn Lai Vung; KDC ấp Tân Bình, xã Tân Thành, KDC xã Định Hòa). Mô hình này đang duy trì hoạt động, đã tập huấn về công tác PCCC cho các thành viên.',
    '- Câu lạc bộ nông dân với pháp luật: được thành lập từ năm 2015 tại 12 xã, thị trấn trên địa bàn huyện, với 157 thành viên do Hội nông dân các xã, thị trấn chủ trì. Nội dung sinh hoạt của CLB được lòng ghép vào nội dung sinh hoạt của Hội nông dân, lực lượng Công an các xã, thị trấn thường xuyên có mặt để tuyên truyền, hướng dẫn phòng chống tội phạm, tệ nạn xã hội, từ đó hội viên tuyên truyền phổ biến lại cho gia đình. Trong năm lực lượng Công an xã, thị trấn đã phối hợp tuyên truyền 41 cuộc với 519 lượt hội viên tham dự.',
    '- Câu lạc bộ phụ nữ với pháp luật: do Hội phụ nữ các xã, thị trấn chủ trì, thành lập tại 6 xã với 72 thành viên. Trong năm Hội phụ nữ xã, Câu lạc bộ phụ nữ với pháp luật đã phối hợp với các ngành và lực lượng Công an tuyên truyền 16 cuộc với 592 lượt người tham dự.',
    '- Công an cơ sở đồng hành với HTX, Hội quán về ANTT: được tổ chức tại 12 xã, thị trấn với 404 thành viên. Lực lượng Công an cơ sở thông qua các buổi sinh hoạt định kỳ của HTX, Hội quán tuyên truyền phòng, chống tội phạm, tệ nạn xã hội.',
    '- Đảm bảo an ninh, trật tự và trật tự an toàn giao thông trong trường học: được Công an huyện, xã, thị trấn triển khai tại các trường trên địa bàn huyện (03 THPT, 12 THCS).',
  ].join('\n'),
  // II. NHẬN XÉT, ĐÁNH GIÁ, KIẾN NGHỊ, ĐỀ XUẤT: the assessment, then the request.
  problems: [
    '- Được sự quan tâm của cấp ủy, chính quyền các cấp và sự phối hợp của các ngành, đoàn thể nên công tác triển khai thành lập các mô hình được thuận lợi. Qua đó, góp phần ổn định tình hình an ninh, trật tự tại địa phương.',
    '- Một số mô hình thời gian đầu mới ra mắt hoạt động mang lại nhiều hiệu quả, nhưng do thời gian, thiếu kinh phí hoạt động thường xuyên nên gần đây có nhiều hạn chế. Một số mô hình cần phải được đầu tư, nâng cấp, bảo dưỡng (Camera an ninh; Gắn, treo biển số điện thoại Công an xã, thị trấn), thiếu kinh phí để bảo trì.',
  ].join('\n'),
  requests: '- Đề nghị ngành Tỉnh hỗ trợ về kinh phí cho địa phương để thực hiện duy trì các mô hình hay trên địa bàn Huyện.',
  // III. PHƯƠNG HƯỚNG THỜI GIAN TỚI
  nextPlan: 'Tiếp tục duy trì hoạt động của các mô hình đảm bảo an ninh, trật tự trên địa bàn huyện. Thường xuyên kiểm tra, hướng dẫn, sơ kết, tổng kết, đánh giá rút kinh nghiệm từ đó tìm ra những hạn chế, yếu kém trong công tác vận hành hoạt động của các mô hình để tháo gỡ.',
  // As Phụ lục 2's header writes it ("giai đoạn 2021-2025", with a hyphen).
  nextPlanPeriod: '2021-2025',
  isSample: false,
  submit: true,
};

/** Sample: Xã Yên Cường's draft report for a month (the loader passes the current one). */
export const yenCuongMonthlyDraft = (year: number, month: number): SeedPeriodReport => ({
  unit: { wardCode: '13870' },
  periodKind: 'MONTH',
  year,
  periodIndex: month,
  place: 'Yên Cường',
  basis: [
    'Thực hiện Kế hoạch số 1111/KH-UBND ngày 11 tháng 5 năm 2026 của Ủy ban nhân dân xã Yên Cường về triển khai xây dựng mô hình “Zalo an ninh trật tự của Cảnh sát khu vực” trên địa bàn xã Yên Cường.',
  ],
  isSample: true,
  submit: false,
});
