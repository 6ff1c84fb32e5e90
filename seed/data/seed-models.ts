/**
 * Models (mô hình) described by the seed documents 000 and 001 (../shared/seeds/). Texts are
 * quoted from the documents (PDF line breaks removed, the documents' own wording kept).
 *
 * Seeds 002 and 003 describe programmes (seed/data/programmes.ts), not a concrete model: seed 002
 * launches the emulation movement whose models each tổ dân phố/buôn will build later (none is
 * described), and seed 003 is the Văn phòng UBND tỉnh Sơn La's plan to meet the Decision
 * 3554/QĐ-BCA-V05 criteria, i.e. a recognition, not a model with its own set-up.
 *
 * Status: both documents are plans. Nothing in them says the model was launched, so both are
 * PLANNED with the plan's date; the planned dates (build, launch, operation) are kept as steps
 * and deadlines, not as statusDates, so they are not presented as things that happened.
 */
import { SEED_NEIGHBOURHOODS } from './neighbourhoods';
import type { SeedChannel, SeedModel } from './types';

/**
 * Seed 001, II.3.2.1 of Xã Yên Cường: "Thành lập nhóm Zalo theo từng thôn, xóm". The document names
 * no thôn or xóm; the sample ones of seed/data/neighbourhoods.ts ("Thôn 1"…"Thôn 6", "Xóm 1", "Xóm 2").
 */
const YEN_CUONG_SAMPLE_NEIGHBOURHOODS = SEED_NEIGHBOURHOODS.find((w) => w.wardCode === '13870')?.neighbourhoods ?? [];

const YEN_CUONG_ZALO_MEMBERS =
  'Thành phần tham gia: Cảnh sát khu vực - quản trị chính của nhóm (trưởng nhóm); Trưởng thôn, xóm; Tổ trưởng Tổ bảo vệ ANTT ở cơ sở; Đại diện Ban công tác Mặt trận; Đại diện các đoàn thể; Người dân trên địa bàn. Cảnh sát khu vực phụ trách địa bàn chịu trách nhiệm quản lý kiểm duyệt nội dung; thôn, xóm phối hợp với CSKV quản lý nhóm.';

const yenCuongZaloGroups: SeedChannel[] = YEN_CUONG_SAMPLE_NEIGHBOURHOODS.map((n) => ({
  kind: 'ZALO_GROUP',
  // Naming rule of the document: “Zalo ANTT + tên thôn ,xóm (cơ quan, đơn vị) + xã Yên Cường”.
  name: `Zalo ANTT ${n.name} xã Yên Cường`,
  isSample: true,
  note: `Tên mẫu (dữ liệu mẫu): văn bản không nêu tên các thôn, xóm; tên nhóm theo quy tắc “Zalo ANTT + tên thôn ,xóm (cơ quan, đơn vị) + xã Yên Cường” với tên thôn/xóm mẫu “${n.name}” (mã ${n.code}). ${YEN_CUONG_ZALO_MEMBERS}`,
}));

/** Seed 000's "Thực hiện Nghị quyết…" (unnumbered: its title is its key for basedOn). */
const THAO_NGUYEN_RESOLUTION = 'Nghị quyết về lãnh đạo thực hiện nhiệm vụ bảo vệ an ninh Quốc gia, bảo đảm trật tự an toàn xã hội năm 2025 (không ghi số)';

/**
 * The narrative an earlier seed stored in nextPlan (duties, now in responsibilities), by SHA-256:
 * a stored nextPlan still equal to it is cleared on a re-run; an officer's own text is kept.
 */
export const RETIRED_NEXT_PLANS: Record<string, { sha256: string; nextPlanPeriod: string | null }> = {
  'thao-nguyen-du-lich-an-toan': { sha256: 'd211e2721d27c5abf679b2cf11132d97decd74e7937c93bdd921e59927ee9a2d', nextPlanPeriod: null },
  'yen-cuong-zalo-antt': { sha256: 'cc0f530938ae53c5d0926dbed135784e3ae801ed1afff7aefc890c8f638c9a30', nextPlanPeriod: '2026' },
};

export const SEED_DOCUMENT_MODELS: SeedModel[] = [
  {
    key: 'thao-nguyen-du-lich-an-toan',
    name: 'Thảo Nguyên An toàn – Điểm đến mến khách',
    category: 'TOURISM_SAFETY',
    unit: { wardCode: '03982' },
    leadBody: 'Công an phường Thảo Nguyên',
    area: 'Phường Thảo Nguyên, tỉnh Sơn La (khu du lịch Mộc Châu)',
    // The plan carries no number or date in its text; it was digitally signed on 2025-08-11
    // (Chủ tịch UBND phường and UBND phường Thảo Nguyên). No later document says it was launched.
    status: 'PLANNED',
    statusDates: { planned: '2025-08-11' },
    context: [
      'Căn cứ hướng dẫn của Bộ Công an và Công an tỉnh Sơn La về triển khai các mô hình, điển hình tiên tiến trong công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc; thực hiện Nghị quyết của Đảng ủy phường Thảo Nguyên về lãnh đạo thực hiện nhiệm vụ bảo vệ an ninh Quốc gia, bảo đảm trật tự an toàn xã hội năm 2025, Ủy ban nhân dân phường Thảo Nguyên ban hành kế hoạch triển khai mô hình.',
      'Mục đích, yêu cầu: Góp phần thúc đẩy phát triển du lịch Mộc Châu, từng bước xây dựng phường Thảo Nguyên trở thành điểm đến có thương hiệu về an ninh du lịch, không để xảy ra các “điểm trừ” như thái độ tiếp đón thiếu chuẩn mực, hành vi lừa đảo, trộm cắp, chen lấn xô đẩy hoặc tụ tập ăn uống quá mức gây mất trật tự, từ đó đóng góp vào phát triển kinh tế – xã hội và nâng cao đời sống nhân dân. Chủ động bảo đảm an toàn cho du khách ngay từ những chi tiết nhỏ: bãi đỗ xe, giá dịch vụ, hướng dẫn đường đi, đội ngũ hỗ trợ… nhằm tạo ấn tượng tốt đẹp và cảm giác yên tâm cho khách tham quan. Hình thành “niềm tin tự nhiên” để du khách sẵn sàng giới thiệu, quảng bá Mộc Châu nói chung và phường Thảo Nguyên nói riêng, qua đó thu hút ngày càng nhiều khách đến tham quan, nghỉ dưỡng.',
    ].join('\n\n'),
    components: [
      {
        title: 'Thành lập Tổ Ứng phó nhanh Du lịch An toàn',
        description:
          'Thành phần: Công an phường, Đoàn thanh niên cộng sản Hồ Chí Minh phường, các tổ bảo vệ an ninh trật tự cơ sở, đại diện một số cơ sở kinh doanh lớn trên địa bàn. Nhiệm vụ: Thiết lập tài khoản Zalo chính thức của Tổ Ứng phó nhanh, tích hợp mã QR và treo tại các khu, điểm du lịch; cơ sở kinh doanh lưu trú, ăn uống; cửa hàng bán sản phẩm lưu niệm… để du khách dễ dàng quét mã và gửi phản ánh liên quan đến: tình trạng tội phạm, hành vi “chặt chém” giá, kinh doanh hàng kém chất lượng, hoặc các hoạt động chuộc lợi gây ảnh hưởng xấu đến hình ảnh du lịch Mộc Châu. Xây dựng đường dây nóng (hotline) và trang tiếp nhận thông tin trực tuyến bằng tiếng Việt và tiếng Anh, hướng dẫn du khách cách thức gửi phản ánh nhanh chóng, thuận tiện. Tổ chức lực lượng trực 24/7, kịp thời tiếp nhận, xác minh và xử lý các phản ánh của du khách, bảo đảm quyền và lợi ích hợp pháp của khách du lịch khi đến tham quan tại Mộc Châu.',
      },
      {
        title: 'Xây dựng nhóm Zalo “Du lịch an toàn Thảo Nguyên”',
        description:
          'Công an phường chủ trì thành lập nhóm Zalo “Du lịch an toàn Thảo Nguyên” nhằm kết nối và phối hợp thông tin giữa lực lượng chức năng với các chủ cơ sở kinh doanh dịch vụ lưu trú, hướng dẫn viên du lịch, lái xe taxi du lịch và các tổ dân phố. Nhóm Zalo này được sử dụng để cập nhật nhanh các thông tin về: điểm nóng an ninh trật tự, cảnh báo khu vực nguy hiểm, sự cố, tai nạn, ùn tắc giao thông, cũng như các phản ánh từ du khách… nhằm giúp khách du lịch nắm bắt kịp thời và chủ động điều chỉnh lịch trình di chuyển.',
      },
      {
        title: 'Xây dựng mạng lưới “Người giữ khách”',
        description:
          'Tăng cường tuyên truyền, vận động các cơ sở kinh doanh dịch vụ lưu trú, ăn uống trên địa bàn cử ít nhất 01 nhân viên phụ trách, đeo bảng tên “Tôi là người giữ khách – Tôi giúp bạn an toàn” để trực tiếp hỗ trợ du khách. Nhiệm vụ của “Người giữ khách” bao gồm: tiếp nhận và giải đáp thắc mắc; hướng dẫn, tư vấn lộ trình tham quan hợp lý, phù hợp với thời gian lưu trú của khách; giới thiệu các điểm đến an toàn, dịch vụ uy tín; đồng thời tạo dựng sự tin tưởng, thiện cảm đối với du khách khi đến với phường Thảo Nguyên.',
      },
      {
        title: 'Xây dựng “Góc An ninh và Trải nghiệm văn minh”',
        description:
          'Treo pano, áp phích với thông điệp: “Không chèo kéo – Không hét giá – Không xả rác” tại các gian hàng trong khu vực chợ đêm và từng bước nhân rộng ra toàn địa bàn phường. Thành lập đội ngũ tình nguyện viên hỗ trợ, hướng dẫn du khách tham quan; đồng thời tổ chức bình chọn “Quán thân thiện” vào các dịp lễ, hội hoặc cuối tuần nhằm khuyến khích kinh doanh văn minh, lịch sự. Bố trí tổ tiếp nhận thông tin phản ánh của du khách ngay tại cổng ra vào chợ đêm để kịp thời xử lý các vấn đề phát sinh, đảm bảo môi trường du lịch an toàn, thân thiện.',
        place: 'Chợ đêm (Tổ dân phố 3/2, phường Thảo Nguyên)',
      },
      {
        title: 'Xây dựng và đẩy mạnh phong trào “Du khách về Mộc Châu là khách quý – là bạn thân”',
        description:
          'Tổ chức cho các cơ sở kinh doanh lưu trú, ăn uống trên địa bàn ký cam kết thực hiện kinh doanh văn minh, thân thiện; treo biển khẩu hiệu phong trào tại cơ sở. Phát động các hoạt động quảng bá sáng tạo như thi video clip giới thiệu, quảng bá du lịch địa phương; tổ chức đánh giá “Điểm kinh doanh văn minh” theo quý, căn cứ vào phản hồi và đánh giá trực tiếp từ du khách. Mục tiêu hướng tới là mỗi du khách khi đến Mộc Châu đều lưu giữ ấn tượng tốt đẹp về cảnh quan thiên nhiên, con người thân thiện, lối sống văn minh và chất lượng dịch vụ du lịch của khu du lịch Mộc Châu nói chung, phường Thảo Nguyên nói riêng.',
      },
    ],
    // The document lists the team's member bodies ("Thành phần"), no person's name: the body is the name.
    committee: [
      { name: 'Công an phường', position: 'Công an phường Thảo Nguyên', role: 'Thành viên', group: 'Tổ Ứng phó nhanh Du lịch An toàn' },
      {
        name: 'Đoàn thanh niên cộng sản Hồ Chí Minh phường',
        position: 'Đoàn thanh niên cộng sản Hồ Chí Minh phường Thảo Nguyên',
        role: 'Thành viên',
        group: 'Tổ Ứng phó nhanh Du lịch An toàn',
      },
      { name: 'Các tổ bảo vệ an ninh trật tự cơ sở', position: 'Tổ bảo vệ an ninh trật tự cơ sở', role: 'Thành viên', group: 'Tổ Ứng phó nhanh Du lịch An toàn' },
      {
        name: 'Đại diện một số cơ sở kinh doanh lớn trên địa bàn',
        position: 'Đại diện cơ sở kinh doanh',
        role: 'Thành viên',
        group: 'Tổ Ứng phó nhanh Du lịch An toàn',
      },
    ],
    channels: [
      {
        kind: 'ZALO_ACCOUNT',
        name: 'Tài khoản Zalo chính thức của Tổ Ứng phó nhanh Du lịch An toàn',
        note: 'Để du khách gửi phản ánh về tình trạng tội phạm, hành vi “chặt chém” giá, kinh doanh hàng kém chất lượng, hoặc các hoạt động chuộc lợi gây ảnh hưởng xấu đến hình ảnh du lịch Mộc Châu. Văn bản không nêu tên hay số tài khoản.',
      },
      {
        kind: 'QR_CODE',
        name: 'Mã QR tài khoản Zalo của Tổ Ứng phó nhanh Du lịch An toàn',
        note: 'Tích hợp mã QR và treo tại các khu, điểm du lịch; cơ sở kinh doanh lưu trú, ăn uống; cửa hàng bán sản phẩm lưu niệm… để du khách dễ dàng quét mã và gửi phản ánh.',
      },
      {
        kind: 'HOTLINE',
        name: 'Đường dây nóng (hotline) Tổ Ứng phó nhanh Du lịch An toàn',
        note: 'Lực lượng trực 24/7 tiếp nhận, xác minh và xử lý phản ánh của du khách. Văn bản không nêu số điện thoại. Văn bản ghi “đường dây nóng (hotline) và trang tiếp nhận thông tin trực tuyến bằng tiếng Việt và tiếng Anh”: không rõ cụm “bằng tiếng Việt và tiếng Anh” có áp dụng cho đường dây nóng hay không.',
      },
      {
        kind: 'WEB_FORM',
        name: 'Trang tiếp nhận thông tin trực tuyến',
        languages: ['vi', 'en'],
        note: 'Bằng tiếng Việt và tiếng Anh, hướng dẫn du khách cách thức gửi phản ánh nhanh chóng, thuận tiện. Văn bản không nêu địa chỉ trang.',
      },
      {
        kind: 'ZALO_GROUP',
        name: 'Du lịch an toàn Thảo Nguyên',
        note: 'Công an phường chủ trì thành lập và điều hành; kết nối lực lượng chức năng với các chủ cơ sở kinh doanh dịch vụ lưu trú, hướng dẫn viên du lịch, lái xe taxi du lịch và các tổ dân phố (phường có 20 tổ dân phố).',
      },
      {
        kind: 'OTHER',
        name: 'Tổ tiếp nhận thông tin phản ánh của du khách tại cổng ra vào chợ đêm',
        note: 'Thuộc “Góc An ninh và Trải nghiệm văn minh”, chợ đêm (Tổ dân phố 3/2).',
      },
    ],
    // Mục V "Tổ chức thực hiện" (the document numbers its sections II then V), one duty per bullet.
    responsibilities: [
      {
        body: 'Công an phường',
        duties: [
          'Chủ trì xây dựng bản đồ điểm nóng về an ninh, trật tự; điều hành các nhóm Zalo liên quan và trực tiếp tiếp nhận, xử lý kịp thời các phản ánh của du khách.',
          'Tổ chức chương trình ra mắt mô hình “Thảo Nguyên an toàn – Điểm đến mến khách” bảo đảm trang trọng, thiết thực, tiết kiệm và phù hợp điều kiện thực tế địa phương.',
          'Tham mưu UBND phường chỉ đạo, hướng dẫn việc lập dự trù, quản lý, sử dụng, thanh quyết toán kinh phí theo đúng quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn hiện hành.',
          'Chủ trì, phối hợp với các ban, ngành, đoàn thể liên quan tham mưu UBND phường triển khai, hướng dẫn, kiểm tra, đôn đốc việc thực hiện kế hoạch; bảo đảm các nội dung triển khai đồng bộ, hiệu quả. Tổng hợp tình hình, kết quả thực hiện báo cáo UBND tỉnh, Công an tỉnh nắm, chỉ đạo.',
          'Tham mưu tổ chức sơ kết, tổng kết, đánh giá hiệu quả mô hình “Thảo Nguyên an toàn – Điểm đến mến khách” nhằm rút kinh nghiệm và đề xuất giải pháp duy trì, nhân rộng.',
        ],
        note: 'Mục V.1',
      },
      {
        body: 'Phòng Văn hóa – Xã hội',
        duties: [
          'Phối hợp với Công an phường tăng cường công tác tuyên truyền về mô hình “Thảo Nguyên an toàn – Điểm đến mến khách” bằng nhiều hình thức phong phú, đa dạng như: chuyên mục truyền thanh, bản tin, tờ tin, bài viết trên các kênh truyền thông của phường… nhằm nâng cao nhận thức và tạo sự đồng thuận trong nhân dân, du khách.',
          'Tổ chức treo khẩu hiệu, pa-nô, áp phích tại các vị trí công cộng, khu vực đông dân cư và các điểm du lịch trên địa bàn, bảo đảm nội dung dễ nhớ, hình thức đẹp, thu hút, truyền tải rõ thông điệp “Thảo Nguyên an toàn – Điểm đến mến khách”.',
          'Phối hợp với Công an phường hướng dẫn, thẩm định hồ sơ đề nghị khen thưởng đối với các tập thể, cá nhân có thành tích xuất sắc trong việc triển khai thực hiện mô hình “Thảo Nguyên an toàn – Điểm đến mến khách”.',
        ],
        note: 'Mục V.2',
      },
      {
        body: 'Phòng Kinh tế, Hạ tầng và Đô thị',
        duties: [
          'Phối hợp với Công an phường tham mưu bảo đảm nguồn kinh phí cho việc tổ chức ra mắt và duy trì hoạt động của mô hình “Thảo Nguyên an toàn – Điểm đến mến khách”.',
          'Thực hiện lập dự toán, quản lý, sử dụng và quyết toán kinh phí theo đúng quy định của pháp luật về ngân sách nhà nước và các chế độ, định mức tài chính hiện hành; bảo đảm sử dụng hiệu quả, tiết kiệm, minh bạch.',
        ],
        note: 'Mục V.3',
      },
      {
        body: 'Ủy ban MTTQ Việt Nam và các tổ chức thành viên, Hiệp hội Du lịch, các cơ sở kinh doanh dịch vụ lưu trú, ăn uống, du lịch trên địa bàn phường',
        duties: [
          'Căn cứ chức năng, nhiệm vụ, phối hợp với Công an phường trong việc tổ chức, triển khai xây dựng mô hình và thực hiện các nội dung liên quan theo Kế hoạch.',
          'Tăng cường tuyên truyền, hướng dẫn các thành viên, hội viên nghiêm túc thực hiện và phát huy hiệu quả mô hình “Thảo Nguyên an toàn – Điểm đến mến khách”.',
        ],
        note: 'Mục V.4 (“Đề nghị”: các tổ chức này không thuộc UBND phường).',
      },
      {
        body: 'Ban quản lý 20 tổ dân phố',
        duties: [
          'Phối hợp tổ chức thực hiện các nội dung của Kế hoạch, bảo đảm phù hợp với tình hình thực tế và yêu cầu nhiệm vụ tại địa bàn.',
          'Rà soát, lập danh sách các cơ sở kinh doanh dịch vụ lưu trú, ăn uống, dịch vụ du lịch trên địa bàn gửi Công an phường để tổng hợp, quản lý.',
          'Phối hợp trong việc tiếp nhận, xử lý kịp thời các thông tin, phản ánh của du khách.',
        ],
        note: 'Mục V.5',
      },
    ],
    recipients: [
      'UBND tỉnh',
      'Công an tỉnh',
      'Thường trực Đảng ủy',
      'Lãnh đạo UBND phường',
      'Công an phường',
      'Các phòng, ban UBND phường',
      'MTTQVN và các đoàn thể phường',
      'Các cơ quan, ban ngành liên quan',
      'BQL 20 tổ dân phố',
      'Lưu: VT, CAP (50b)',
    ],
    funding: [
      {
        source: 'Kinh phí tổ chức ra mắt và duy trì hoạt động của mô hình (ngân sách nhà nước), do Phòng Kinh tế, Hạ tầng và Đô thị phối hợp với Công an phường tham mưu bảo đảm',
        legalBasis: 'Luật Ngân sách nhà nước',
        note: 'Văn bản không nêu cụ thể nguồn hay số tiền; lập dự toán, quản lý, sử dụng và quyết toán theo Luật Ngân sách nhà nước, các văn bản hướng dẫn và chế độ, định mức tài chính hiện hành.',
      },
    ],
    documents: [
      {
        issuer: 'UBND phường Thảo Nguyên',
        title:
          'Kế hoạch Triển khai mô hình “Thảo Nguyên An toàn – Điểm đến mến khách” tại phường Thảo Nguyên, tỉnh Sơn La (TM. UBND, Chủ tịch Nguyễn Thành Văn; văn bản không ghi số, ngày; ký số ngày 11/08/2025)',
        // "Thực hiện Nghị quyết của Đảng ủy phường…" (the Bộ Công an's guidance is cited as "Căn cứ", not implemented).
        basedOn: THAO_NGUYEN_RESOLUTION,
      },
      {
        issuer: 'Bộ Công an; Công an tỉnh Sơn La',
        title: 'Hướng dẫn về triển khai các mô hình, điển hình tiên tiến trong công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc (không ghi số)',
      },
      {
        issuer: 'Đảng ủy phường Thảo Nguyên',
        title: THAO_NGUYEN_RESOLUTION,
      },
      { title: 'Luật Ngân sách nhà nước và các văn bản hướng dẫn hiện hành (căn cứ quản lý kinh phí)' },
    ],
    source: { seed: '000', section: 'Kế hoạch UBND phường Thảo Nguyên (ký số 11/08/2025): mục I, II.1–5, V.1–5' },
  },
  {
    key: 'yen-cuong-zalo-antt',
    name: 'Zalo an ninh trật tự của Cảnh sát khu vực',
    category: 'ZALO_GROUP',
    unit: { wardCode: '13870' },
    // No programme is seeded for "Zalo ANTT của Cảnh sát khu vực" (Kế hoạch 59/KH-CAT-PC06 of Ninh Bình is in `documents`).
    leadBody: 'Công an xã Yên Cường',
    area: 'Các thôn, xóm trên địa bàn xã Yên Cường, tỉnh Ninh Bình',
    // The plan (11/05/2026) says: build done before 20/05/2026, operate from 05/2026, review
    // before 15/12/2026. The build date has passed, but no document says any step was done or
    // the model launched, so it stays PLANNED and no step has a doneOn: steps 1–4 show overdue.
    status: 'PLANNED',
    statusDates: { planned: '2026-05-11' },
    context: [
      'Thực hiện Kế hoạch số 59/KH-CAT-PC06 ngày 11/03/2026 của Giám đốc Công an tỉnh Ninh Bình về triển khai xây dựng mô hình “Zalo an ninh trật tự của Cảnh sát khu vực” trên địa bàn tỉnh Ninh Bình, Ủy ban nhân dân xã Yên Cường xây dựng kế hoạch tổ chức thực hiện.',
      'Mục đích, yêu cầu: 1. Tăng cường ứng dụng công nghệ thông tin, khai thác ưu thế của mạng xã hội, xây dựng kênh thông tin chính thống giữa lực lượng Công an với nhân dân thông qua ứng dụng Zalo. Tiếp nhận nhanh chóng thông tin liên quan đến ANTT và hướng dẫn giải quyết thủ tục hành chính. 2. Phát huy vai trò, trách nhiệm của lực lượng Công an trong công tác tuyên truyền các chủ trương, Nghị quyết, Chỉ thị của Đảng, chính sách pháp luật của Nhà nước; tuyên truyền phòng, chống tội phạm, tệ nạn xã hội. Giúp công tác phòng ngừa, ngăn chặn và giải quyết, xử lý kịp thời các vụ việc, không để xảy ra các vụ việc phức tạp về ANTT đáp ứng được với yêu cầu, nhiệm vụ trong công tác giữ gìn ANTT hiện nay. 3. Nâng cao nhận thức của các tổ chức cơ sở và Nhân dân về vị trí, vai trò, ý nghĩa, tầm quan trọng và tiện ích khi tham gia nhóm “Zalo an ninh trật tự của Cảnh sát khu vực”. Tạo điều kiện cho người dân chủ động cung cấp, trao đổi thông tin, tình hình liên quan đến ANTT một cách nhanh chóng, kịp thời và hiệu quả. 4. Góp phần phòng ngừa đấu tranh với các loại tội phạm, giữ gìn an ninh trật tự trên địa bàn đẩy mạnh phong trào “Toàn dân bảo vệ an ninh tổ quốc” phần đầu làm giảm cơ bản các loại tội phạm, góp phần tích cực cho nhiệm vụ phát triển kinh tế, văn hóa, xã hội, an ninh, quốc phòng của địa phương và cơ quan đơn vị. 5. Triển khai đồng bộ các biện pháp phù hợp với đặc điểm tình hình của từng thôn xóm trên địa bàn xã Yên Cường. Huy động sự tham gia tích cực của các ban ngành, đoàn thể và Nhân dân trên địa bàn xã. 6. Quá trình tổ chức triển khai thực hiện mô hình phải bảo đảm an ninh, an toàn thông tin, bảo vệ bí mật Nhà nước trên không gian mạng, bảo đảm an toàn thông tin người cung cấp thông tin.',
    ].join('\n\n'),
    committee: [
      { name: 'Trần Văn Mong', position: 'Phó Chủ tịch UBND xã', role: 'Trưởng ban', group: 'Ban chỉ đạo' },
      { name: 'Hoàng Bá Hùng', position: 'Trưởng Công an xã', role: 'Phó Trưởng ban thường trực', group: 'Ban chỉ đạo' },
      // The document names the remaining members by position only.
      { name: 'Chủ tịch Ủy ban Mặt trận Tổ quốc xã', position: 'Chủ tịch Ủy ban Mặt trận Tổ quốc xã', role: 'Thành viên', group: 'Ban chỉ đạo' },
      { name: 'Bí thư Đoàn Thanh niên', position: 'Bí thư Đoàn Thanh niên', role: 'Thành viên', group: 'Ban chỉ đạo' },
      { name: 'Chủ tịch Hội Phụ nữ', position: 'Chủ tịch Hội Phụ nữ', role: 'Thành viên', group: 'Ban chỉ đạo' },
      { name: 'Chủ tịch Hội cựu chiến binh', position: 'Chủ tịch Hội cựu chiến binh', role: 'Thành viên', group: 'Ban chỉ đạo' },
      { name: 'Trưởng thôn, xóm', position: 'Trưởng thôn, xóm', role: 'Thành viên', group: 'Ban chỉ đạo' },
      { name: 'Tổ trưởng tổ ANTT ở cơ sở', position: 'Tổ trưởng tổ ANTT ở cơ sở', role: 'Thành viên', group: 'Ban chỉ đạo' },
      { name: 'Phạm Thanh Hải', position: 'Trung tá, Phó trưởng Công an xã phụ trách QLHC về TTXH', role: 'Tổ trưởng', group: 'Tổ giúp việc' },
      { name: 'Đồng Văn Kiên', position: 'Công chức văn phòng HĐND và UBND xã', role: 'Tổ viên', group: 'Tổ giúp việc' },
      { name: 'Nguyễn Hải Thanh', position: 'Thiếu tá, Cán bộ CAX (Công an xã)', role: 'Tổ viên', group: 'Tổ giúp việc' },
    ],
    meetingSchedule:
      'Định kỳ: 01 tháng/lần vào ngày 20 hàng tháng. Đột xuất: tùy tình hình thực tế hoặc theo đề xuất của các thành viên mô hình, Trưởng Ban Chỉ đạo mô hình quyết định họp đột xuất. Định kỳ 01 tháng, 06 tháng, 01 năm tổ chức họp đánh giá tình hình, kết quả thực hiện; sơ kết mô hình trước ngày 15/12/2026.',
    channels: yenCuongZaloGroups,
    steps: [
      {
        order: 1,
        title:
          'Tiến hành làm việc với các đơn vị có liên quan về mục đích, ý nghĩa, yêu cầu, nhiệm vụ, phương pháp hoạt động của mô hình và thống nhất chủ trương xây dựng mô hình; phạm vi hoạt động, thành viên tham gia, quy chế hoạt động.',
        dueOn: '2026-05-20',
        note: 'Văn bản không ghi hạn riêng cho từng bước: bước 1–4 thuộc giai đoạn xây dựng mô hình, “hoàn thành xong trước ngày 20/05/2026” (mục III.1).',
      },
      {
        order: 2,
        title: 'Ban hành Quyết định thành lập mô hình, thành lập Ban Chỉ đạo mô hình và Tổ giúp việc, phân công nhiệm vụ cho thành viên Ban Chỉ đạo.',
        dueOn: '2026-05-20',
        note: 'Trong giai đoạn xây dựng mô hình, hoàn thành trước ngày 20/05/2026 (mục III.1).',
      },
      {
        order: 3,
        title:
          'Ban hành quy chế hoạt động của Ban Chỉ đạo mô hình, quy chế hoạt động của mô hình, quy chế nhóm, thành lập các nhóm Zalo, tuyên truyền vận động người dân tham gia.',
        dueOn: '2026-05-20',
        note: 'Trong giai đoạn xây dựng mô hình, hoàn thành trước ngày 20/05/2026 (mục III.1).',
      },
      {
        order: 4,
        title: 'Ra mắt hoạt động mô hình.',
        dueOn: '2026-05-20',
        note: 'Trong giai đoạn xây dựng mô hình, hoàn thành trước ngày 20/05/2026 (mục III.1); vận hành từ tháng 05/2026.',
      },
      {
        order: 5,
        title:
          'Vận hành, duy trì hoạt động của mô hình, định kỳ sơ kết, tổng kết; kiện toàn Ban Chỉ đạo và Tổ giúp việc khi có thay đổi về nhân sự hoặc theo tình hình thực tế.',
        dueOn: '2026-12-15',
        note: 'Vận hành, duy trì hoạt động mô hình: từ tháng 05/2026 (mục III.1); hạn là của việc sơ kết mô hình, “trước ngày 15/12/2026” (mục II.3.2.5).',
      },
    ],
    components: [
      {
        title: 'Nhiệm vụ của mô hình',
        description:
          'Phát huy sức mạnh của cả hệ thống chính trị, các ban ngành đoàn thể, cơ quan, đơn vị trên địa bàn, thực hiện có hiệu quả công tác phòng, chống tội phạm, giữ gìn ANTT. Phát động mạnh mẽ phong trào “Toàn dân bảo vệ ANTT”. Tăng cường công tác phối hợp, gắn kết giữa Công an xã với thôn xóm, các cơ quan, đơn vị trong việc chủ động nắm chắc tình hình ANTT tại địa bàn. Khi có vụ việc xảy ra phải được ngăn chặn và giải quyết kịp thời, không làm ảnh hưởng đến việc sinh hoạt của người dân. Tuyên truyền, hướng dẫn quần chúng nhân dân việc sử dụng các tiện ích của ứng dụng Zalo... trong công tác nắm tình hình an ninh trật tự trên địa bàn xã.',
      },
      {
        title: 'Thành lập các nhóm “Zalo an ninh trật tự của Cảnh sát khu vực”',
        description:
          'Thành lập nhóm Zalo theo từng thôn, xóm. Tên nhóm zalo thống nhất là: “Zalo ANTT + tên thôn ,xóm (cơ quan, đơn vị) + xã Yên Cường”. Thành phần tham gia: Cảnh sát khu vực - quản trị chính của nhóm (trưởng nhóm); Trưởng thôn, xóm; Tổ trưởng Tổ bảo vệ ANTT ở cơ sở; Đại diện Ban công tác Mặt trận; Đại diện các đoàn thể; Người dân trên địa bàn.',
      },
      {
        title: 'Nội dung hoạt động: kết nối, truyền tải thông tin từ lực lượng Công an đến các hộ dân',
        description:
          'Chủ trương, đường lối chính sách của Đảng, pháp luật của Nhà nước về lĩnh vực ANTT. Thông báo về tình hình ANTT: âm mưu, phương thức, thủ đoạn hoạt động chống phá của các thế lực thù địch, đấu tranh phản bác các luận điệu, quan điểm sai trái; phương thức, thủ đoạn hoạt động của các loại tội phạm; công tác phòng chống cháy nổ, an toàn giao thông... trên địa bàn phường và các nội dung khác theo sự chỉ đạo của Công an tỉnh và của Đảng ủy, UBND xã; hướng dẫn vận động Nhân dân nâng cao cảnh giác phòng ngừa, tích cực tham gia, phát hiện tố giác, đấu tranh với các loại tội phạm, bài trừ tệ nạn xã hội... góp phần giữ ổn định ANTT tại địa bàn xã. Thực hiện công tác xây dựng phong trào toàn dân bảo vệ ANTT như: gương người tốt, việc tốt, gương điển hình tiên tiến trong phong trào toàn dân bảo vệ ANTT. Hướng dẫn các thủ tục hành chính thuộc chức năng, thẩm quyền của Công an như: Lĩnh vực cấp, quản lý Căn cước; cấp hộ chiếu phổ thông; cấp Giấy chứng nhận đủ điều kiện về ANTT; đăng ký, quản lý cư trú; đăng ký, quản lý phương tiện giao thông cơ giới đường bộ... Thông báo rà soát liên quan đến người nước ngoài; đối tượng truy nã, truy tìm, tìm người lạc; thông tin về tình hình thiên tai, dịch bệnh và các thông tin khác theo chỉ đạo của cấp trên.',
      },
      {
        title: 'Nội dung hoạt động: tiếp nhận nội dung từ cán bộ, đảng viên và Nhân dân phản ánh cho lực lượng Công an',
        description:
          'Về tình hình liên quan đến an ninh quốc gia, trật tự, an toàn xã hội; Tình hình tội phạm, tệ nạn xã hội, các hành vi vi phạm pháp luật, tai nạn giao thông, cháy, nổ trên địa bàn; Các xung đột, mâu thuẫn trong nội bộ Nhân dân; Tình hình, kiến nghị phản ánh của người dân liên quan đến hoạt động, lề lối tác phong, thái độ phục vụ Nhân dân của lực lượng Công an; Những tình hình khác có liên quan đến ANTT.',
      },
      {
        title: 'Xây dựng quy chế hoạt động của nhóm',
        description:
          'Thành viên nhóm sử dụng đúng mục đích không đăng tải thông tin sai sự thật; không đăng tải nội dung vi phạm pháp luật, trái thuần phong mỹ tục; quy định rõ nội dung được đăng tải trên nhóm. Cảnh sát khu vực phụ trách địa bàn chịu trách nhiệm quản lý kiểm duyệt nội dung. Kịp thời xử lý, xác minh thông tin liên quan đến an ninh trật tự do người dân cung cấp.',
      },
      {
        title: 'Thực hiện công tác tuyên truyền, vận động',
        description:
          'Tổ chức tuyên truyền trực tiếp tại các hội nghị, cuộc họp thôn xóm, vận động người dân tham gia nhóm Zalo an ninh trật tự. Phát tờ rơi, treo băng zôn khẩu hiệu, phối hợp với các đoàn thể (Đoàn thanh niên, Hội phụ nữ...) để hỗ trợ hướng dẫn người dân cài đặt và sử dụng Zalo. Phát huy vai trò của các ban ngành đoàn thể trong tuyên truyền, vận động người dân tích cực tham gia.',
      },
    ],
    targets: [
      {
        title: 'Vận động 100% hộ dân có điều kiện trong tổ dân phố tham gia nhóm.',
        metric: 'householdsInZaloGroupShare',
        goal: 1,
        unit: 'tỷ lệ',
        comparison: 'AT_LEAST',
        note: 'Mục IV.5 (Thôn, xóm); văn bản ghi “hộ dân có điều kiện trong tổ dân phố”.',
      },
    ],
    deadlines: [
      { title: 'Hoàn thành xây dựng mô hình', due: '2026-05-20', step: 'LAUNCH', note: 'Hoàn thành xong trước ngày 20/05/2026 (mục III.1); vận hành, duy trì hoạt động từ tháng 05/2026.' },
      { title: 'Sơ kết mô hình', due: '2026-12-15', step: 'REVIEW', note: 'Trước ngày 15/12/2026 (mục II.3.2.5).' },
    ],
    // Mục III.2 "Kinh phí": the document gives no amounts.
    funding: [
      {
        source: 'Nguồn ngân sách phường theo quy định tại Thông tư số 40/2023/TT-BTC ngày 09/6/2023 của Bộ Tài chính quy định về quản lý, sử dụng kinh phí xây dựng phong trào toàn dân BVANTQ',
        legalBasis: 'Thông tư số 40/2023/TT-BTC ngày 09/6/2023 của Bộ Tài chính',
        note: 'Văn bản ghi “ngân sách phường” (đơn vị là xã). Văn bản không nêu số tiền.',
      },
      {
        source: 'Nguồn kinh phí trích từ nguồn ngân sách xã phân bổ chi hoạt động đảm bảo ANTT năm 2026',
        year: 2026,
        note: 'Văn bản không nêu số tiền.',
      },
      { source: 'Các nguồn vận động hợp pháp khác' },
    ],
    // Mục IV "Phân công trách nhiệm", one duty per bullet; mục V's assignment is a note on Công an xã.
    responsibilities: [
      {
        body: 'Công an xã',
        duties: [
          'Chủ trì tham mưu, giúp việc cho Đảng ủy, UBND xã, xây dựng các nội dung, chương trình, kế hoạch, lập, quản lý hồ sơ mô hình. Phân công Cảnh sát khu vực phụ trách từng nhóm Zalo, tiếp nhận, xử lý thông tin về an ninh trật tự.',
          'Hướng dẫn, kiểm tra, đôn đốc, đề xuất sơ kết, tổng kết hoạt động, rút kinh nghiệm về cách làm hay, hiệu quả; đề xuất thi đua, khen thưởng đối với các tập thể, cá nhân có thành tích xuất sắc trong việc xây dựng và duy trì hoạt động của mô hình; đề nghị xử lý kỷ luật các tập thể, cá nhân sai phạm theo quy định hiện hành.',
          'Theo định kỳ hoặc khi có yêu cầu, tổng hợp, báo cáo tình hình, kết quả đề xuất, kiến nghị những vấn đề liên quan đến hoạt động của mô hình.',
        ],
        note: 'Mục IV.1. Mục V: “Giao cho Công an xã chủ trì, phối hợp các đơn vị thực hiện”; khó khăn, vướng mắc kịp thời báo cáo UBND xã xem xét, chỉ đạo.',
      },
      {
        body: 'Văn phòng HĐND - UBND xã',
        duties: [
          'Phối hợp Công an xã trong công tác tuyên truyền, đăng tải thông tin chính thống, vận động các đơn vị có liên quan trong tổ chức xây dựng mô hình. Phối hợp tham mưu chỉ đạo các ban ngành, đoàn thể tham gia thực hiện.',
          'Đề xuất khen thưởng đối với các tập thể, cá nhân có thành tích xuất sắc trong xây dựng mô hình và đề nghị xử lý đối với các tập thể, cá nhân sai phạm.',
        ],
        note: 'Mục IV.2',
      },
      {
        body: 'Phòng Văn Hóa - Xã hội',
        duties: [
          'Đẩy mạnh công tác tuyên truyền, phổ biến các chủ trương của Đảng, chính sách, pháp luật của Nhà nước góp phần xây dựng gia đình văn hóa, đơn vị văn hóa.',
          'Chú trọng giới thiệu, tuyên truyền những gương điển hình, cách làm sáng tạo, thiết thực, hiệu quả trong công tác bảo đảm ANTT.',
        ],
        note: 'Mục IV.3',
      },
      {
        body: 'Ủy ban MTTQ xã',
        duties: [
          'Phối hợp tham gia thực hiện các nhiệm vụ xây dựng và duy trì hoạt động của mô hình, tuyên truyền đến đoàn viên, hội viên về chủ trương, đường lối, chính sách của Đảng, pháp luật của Nhà nước và các nội dung hoạt động của mô hình.',
        ],
        note: 'Mục IV.4',
      },
      {
        body: 'Thôn, xóm',
        duties: [
          'Phối hợp với CSKV quản lý nhóm Zalo.',
          'Vận động 100% hộ dân có điều kiện trong tổ dân phố tham gia nhóm.',
          'Phối hợp với Công an xã hướng dẫn hỗ trợ người dân tham gia nhóm Zalo; tuyên truyền địa bàn khu phố để nâng cao nhận thức chấp hành pháp luật; thực hiện các nhiệm vụ khác theo phân công của Ban Chỉ đạo mô hình.',
        ],
        note: 'Mục IV.5',
      },
    ],
    recipients: ['Phòng PC06', 'TT Đảng ủy, HĐND xã', 'Lãnh đạo UBND xã', 'Các ban, ngành có liên quan', 'Các đơn vị có liên quan', 'Các Thôn, xóm', 'Lưu: VT, CAX'],
    // Mục II.3.2.1: “Zalo ANTT + tên thôn ,xóm (cơ quan, đơn vị) + xã Yên Cường”.
    groupNamingRule: 'Zalo ANTT {unit} xã Yên Cường',
    documents: [
      {
        number: '1111/KH-UBND',
        date: '2026-05-11',
        issuer: 'UBND xã Yên Cường',
        title: 'Kế hoạch Triển khai xây dựng mô hình “Zalo an ninh trật tự của Cảnh sát khu vực” trên địa bàn xã Yên Cường (TM. UBND, Chủ tịch Bùi Văn Phong)',
        // "Thực hiện Kế hoạch số 59/KH-CAT-PC06 ngày 11 tháng 03 năm 2026…"
        basedOn: '59/KH-CAT-PC06',
      },
      {
        number: '59/KH-CAT-PC06',
        date: '2026-03-11',
        issuer: 'Giám đốc Công an tỉnh Ninh Bình',
        title: 'Kế hoạch về triển khai xây dựng mô hình “Zalo an ninh trật tự của Cảnh sát khu vực” trên địa bàn tỉnh Ninh Bình',
      },
      {
        number: '40/2023/TT-BTC',
        date: '2023-06-09',
        issuer: 'Bộ Tài chính',
        title: 'Thông tư quy định về quản lý, sử dụng kinh phí xây dựng phong trào toàn dân BVANTQ',
      },
    ],
    source: { seed: '001', section: 'Kế hoạch số 1111/KH-UBND ngày 11/5/2026 của UBND xã Yên Cường: mục I–V' },
  },
];
