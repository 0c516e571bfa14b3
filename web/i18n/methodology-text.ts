import type { Message } from '../../server/message'

type Section = { heading: Message; paragraphs: Message[] }

// The methodology page, each sentence in Vietnamese and English side by side (one Message each,
// server/message.ts). Kept in step with geodata/README.md (the engineers' version) and the code it
// describes: server/sample (sample data), server/planning/carry.ts (carrying values through the
// crosswalk) and web/classify.ts (classes).
export const methodology: { title: Message; sourcesHeading: Message; sections: Section[]; allocation: Section } = {
  title: { vi: 'Phương pháp và nguồn dữ liệu', en: 'Methodology and data sources' },
  sourcesHeading: {
    vi: 'Nguồn dữ liệu, giấy phép và nơi lấy',
    en: 'Data sources, licences and where they were taken from',
  },
  sections: [
    {
      heading: { vi: 'Số liệu chính thức và dữ liệu mẫu', en: 'Official figures and sample data' },
      paragraphs: [
        {
          vi: 'Mỗi giá trị trên cổng thông tin đều ghi rõ nguồn gốc: “Số liệu chính thức” (kèm văn bản nguồn), “Dữ liệu mẫu”, hoặc “Số liệu nhập” (ai nhập, khi nào, từ tệp nào).',
          en: 'Every value in the portal says where it comes from: "Official figure" (with its document), "Sample data", or "Imported figure" (who imported it, when, from which file).',
        },
        {
          vi: 'Số liệu chính thức hiện có: dân số Tổng điều tra 1/4/2019 (theo xã 2008–2019, cộng dồn lên danh sách xã 2021), dân số và diện tích 65 xã, phường năm 2025, tỷ lệ hộ nghèo toàn tỉnh (12,2 % năm 2021; 3,36 % cuối năm 2024), tổng số xã khu vực I/II/III giai đoạn 2021–2025 (88 xã khu vực III, 8 khu vực II, 103 khu vực I) và 16 xã, phường không còn thôn đặc biệt khó khăn giai đoạn 2026–2030.',
          en: 'Official figures available today: the census of 1 April 2019 population (by 2008–2019 commune, summed onto the 2021 list), the 2025 population and area of the 65 communes and wards, the province poor-household rate (12.2 % in 2021, 3.36 % at the end of 2024), the province totals of the 2021–2025 region classification (88 region III, 8 region II, 103 region I communes) and the 16 units named as having no especially difficult village in 2026–2030.',
        },
        {
          vi: 'Chưa tìm được số liệu chính thức theo từng xã cho các chỉ tiêu còn lại (phân loại khu vực từng xã, đường giao thông, nhà văn hóa, che phủ rừng, hộ nghèo theo xã…). Để bản đồ dùng được ngay, phần mềm sinh dữ liệu mẫu và luôn gắn nhãn “Dữ liệu mẫu”. Dữ liệu mẫu không phải là thông tin về bất kỳ xã nào.',
          en: 'No official per-commune figures were found for the other indicators (each commune\'s region, roads, cultural houses, forest cover, commune poverty…). So that the map is usable now, the software generates sample data and always labels it "Sample data". Sample values are not facts about any commune.',
        },
      ],
    },
    {
      heading: { vi: 'Cách sinh dữ liệu mẫu', en: 'How the sample data is generated' },
      paragraphs: [
        {
          vi: 'Bộ sinh dữ liệu mẫu có tính xác định: cùng một bộ dữ liệu đầu vào luôn cho cùng kết quả. Mỗi xã có một “chỉ số xa xôi” tính từ khoảng cách đến trung tâm tỉnh, khoảng cách đến biên giới, độ cao các thôn và loại đơn vị (xã hay phường, thị trấn), cộng một phần ngẫu nhiên riêng của xã. Xã càng xa xôi thì giá trị mẫu càng kém.',
          en: 'The generator is deterministic: the same data package always gives the same values. Each commune gets a "remoteness" rank from its distance to the provincial city, its distance to the border, the elevation of its villages and its type (rural commune or ward/town), plus a random part of its own. More remote communes get worse sample values.',
        },
        {
          vi: 'Dữ liệu mẫu tôn trọng các tổng số chính thức: đúng 88 xã khu vực III, 8 khu vực II, 103 khu vực I và 1 đơn vị ngoài vùng trong 200 xã năm 2021; tỷ lệ hộ nghèo bình quân theo dân số bằng đúng 12,2 % (2021) và 3,36 % (2024); năm 2026, khoảng 23,4 % số thôn trên bản đồ (385/1.646) là thôn đặc biệt khó khăn, không có thôn nào ở 16 xã, phường đã được công bố. Các năm 2021–2024 ghi trên danh sách 200 xã cũ, năm 2025–2026 ghi trên 65 xã, phường mới; chỉ tiêu cấp thôn ghi cho từng thôn.',
          en: 'The sample respects the official totals: exactly 88 region III, 8 region II, 103 region I and 1 unit outside the area among the 200 communes of 2021; a population-weighted poor-household rate of exactly 12.2 % (2021) and 3.36 % (2024); in 2026 about 23.4 % of the mapped villages (385 of 1,646) are especially difficult, none in the 16 named units. Years 2021–2024 are written on the 200 former communes, 2025–2026 on the 65 new communes and wards; village indicators on each village.',
        },
      ],
    },
    {
      heading: { vi: 'Số liệu trước sáp nhập trên 65 xã, phường mới', en: 'Pre-merger values on the 65 new communes' },
      paragraphs: [
        {
          vi: 'Từ 1/7/2025 tỉnh có 65 đơn vị cấp xã (Nghị quyết 1672/NQ-UBTVQH15). Số liệu các năm trước được chuyển sang đơn vị mới theo bảng chuyển đổi, với quy tắc riêng cho từng chỉ tiêu: cộng (số lượng), bình quân theo dân số 2019 (tỷ lệ theo dân cư), bình quân theo diện tích (che phủ rừng), tỷ lệ % xã cũ đạt (chỉ tiêu có/không) và tỷ lệ % xã cũ thuộc khu vực III (phân loại khu vực). Giá trị chuyển đổi chỉ được tính khi tất cả xã cũ đều có số liệu.',
          en: 'Since 1 July 2025 the province has 65 commune-level units (Resolution 1672/NQ-UBTVQH15). Earlier values are carried onto the new units through the crosswalk by a rule per indicator: sum (counts), mean weighted by the 2019 population (rates of people), mean weighted by area (forest cover), share of former communes meeting a yes/no indicator, share of former communes in region III. A carried value is computed only when every former commune has a value.',
        },
        {
          vi: 'Ba xã bị chia tách (Bính Xá, Kiên Mộc và Đại Đồng năm 2021) được phân bổ theo phần diện tích của ranh giới xã 2008–2019 nằm trong từng xã mới. Chỉ tiêu cấp thôn (đường đến thôn, nhà văn hóa, câu lạc bộ, thôn đặc biệt khó khăn) được tính trực tiếp từ các thôn trên bản đồ nằm trong xã mới, là “tỷ lệ trong số thôn đã lập bản đồ”.',
          en: 'The three split communes (Bính Xá, Kiên Mộc and Đại Đồng of 2021) are apportioned by the share of their 2008–2019 polygon lying in each new commune. Village indicators (road to the village, cultural house, culture club, especially difficult village) are computed directly from the mapped villages inside the new commune: a "share of mapped villages".',
        },
      ],
    },
    {
      heading: { vi: 'Cách phân lớp', en: 'How classes are computed' },
      paragraphs: [
        {
          vi: 'Phân vị: mỗi lớp có số xã gần bằng nhau. Ngắt tự nhiên (Jenks): ranh giới lớp đặt ở các khoảng trống của số liệu. Khoảng đều: các lớp rộng bằng nhau. Theo mục tiêu kế hoạch: ba lớp “còn xa”, “gần đạt”, “đạt” so với mục tiêu cấp xã kế tiếp của kế hoạch (năm 2025, hoặc 2030 nếu kế hoạch không đặt mục tiêu 2025, như che phủ rừng); không dùng mục tiêu chỉ có ở cấp tỉnh (ví dụ 300 trường chuẩn quốc gia).',
          en: 'Quantiles: each class holds about the same number of communes. Natural breaks (Jenks): class limits fall in the gaps of the data. Equal intervals: classes of equal width. Against the plan target: three classes, "far from", "near" and "met", against the plan\'s next commune-level target (2025, or 2030 where the plan sets no 2025 target, as for forest cover); province-only targets (e.g. 300 national-standard schools) are never used.',
        },
        {
          vi: 'Ngưỡng lớp cố định qua các năm: với phân vị, ngắt tự nhiên và khoảng đều, ngưỡng được tính một lần trên số liệu của tất cả các năm có số liệu (hiện là 2021–2026) gộp lại, không tính lại cho từng năm. Vì vậy khi kéo thanh thời gian, bấm “Chạy” hay xem các bản đồ nhỏ theo năm, chú giải giữ nguyên các lớp và màu của một xã chỉ đổi khi số liệu của xã vượt qua một ngưỡng: bản đồ cho thấy thay đổi thật, không phải thứ hạng của từng năm. Có thể chọn “Tính riêng từng năm” để so các xã trong cùng một năm. Các lớp theo mục tiêu kế hoạch (còn xa, gần đạt, đạt) vốn giống nhau ở mọi năm; năm nào kế hoạch không còn mục tiêu cấp xã thì dùng phân vị trên mọi năm.',
          en: 'Class breaks are fixed across the years: for quantiles, natural breaks and equal intervals they are computed once over the values of every year with values (today 2021–2026) pooled together, not again for each year. So as the time slider moves, plays, or the small maps show each year, the legend keeps its classes and a commune changes colour only when its value crosses a break: the map shows real change, not each year\'s own ranking. "Each year its own" compares communes within one year instead. Classes against the plan target (far, near, met) are the same in every year; a year with no commune target left in the plan uses quantiles over all years.',
        },
        {
          vi: 'Thanh thời gian chạy từ 2021 đến 2030, đánh dấu các năm mục tiêu 2025 và 2030 của kế hoạch; các năm chưa có số liệu (hiện là 2027–2030) được ghi “chưa có số liệu” và không bao giờ hiện thành bản đồ trống. Màu sắc dùng bảng màu an toàn với người mù màu; phía “tốt hơn” luôn cùng một tông màu. Xã không có số liệu tô màu xám và được đếm trong chú giải.',
          en: 'The time slider runs from 2021 to 2030 and marks the plan\'s target years, 2025 and 2030; years without values yet (today 2027–2030) say "no values yet" and are never shown as an empty map. Palettes are colour-blind safe and the better end always has the same hue. Communes without data are grey and counted in the legend.',
        },
      ],
    },
    {
      heading: { vi: 'Thôn, bản và biên giới', en: 'Villages and the border' },
      paragraphs: [
        {
          vi: 'Điểm thôn, bản lấy từ GeoNames; vị trí là gần đúng (651 điểm nằm trên lưới 1 phút, sai số có thể tới 1,8 km), không phải danh sách thôn chính thức. Đường biên giới hiển thị được suy ra từ ranh giới tỉnh, chỉ để tham khảo, không phải đường phân giới chính thức.',
          en: 'Village points come from GeoNames; positions are approximate (651 points sit on a one-minute grid, up to 1.8 km off) and this is not the official list of villages. The border line shown is derived from the province outline: indicative only, not the official delimitation.',
        },
      ],
    },
  ],
  // The capital allocation (issue 11 §2): the rule itself is the server's words (GET /api/config,
  // server/allocation/rule-words.ts), shown before these sentences on where it comes from.
  allocation: {
    heading: { vi: 'Phân bổ vốn theo kịch bản', en: 'Capital allocation scenarios' },
    paragraphs: [
      {
        vi: 'Nguồn hệ số: tệp allocation_criteria.csv của bộ dữ liệu tham khảo (thư mục ../shared/reference/ bên cạnh mã nguồn, chép nguyên vào geodata/reference/). Cột source của mỗi dòng ghi nguồn: bản tóm tắt tiếng Anh trên vietnam.vn về quyết định của Thủ tướng phân bổ vốn Chương trình MTQG giai đoạn 2026–2030 giữa các tỉnh; cột article ghi rằng số hiệu và điều khoản của quyết định chưa đọc được. Hệ số giai đoạn 2021–2025 (Quyết định 39/2021/QĐ-TTg) và nghị quyết của tỉnh về phân bổ vốn trong tỉnh chưa tìm thấy: mọi hệ số là mặc định để sửa, không phải quy định của tỉnh.',
        en: "Source of the coefficients: allocation_criteria.csv of the reference data (the folder ../shared/reference/ beside the source code, copied unchanged into geodata/reference/). The source column of each row names where it comes from: an English summary on vietnam.vn of the Prime Minister's decision dividing the national target program's capital among provinces in 2026–2030; the article column says that the decision's number and article were not read. The 2021–2025 coefficients (Decision 39/2021/QĐ-TTg) and any provincial resolution on allocating within the province were not found: every coefficient is an editable default, not a rule of the province.",
      },
      {
        vi: 'Xã biên giới được xác định từ đường biên giới tham khảo và ranh giới xã công khai, theo cùng quy tắc với lớp khu vực biên giới, nên tiêu chí biên giới dùng được cho cán bộ kế hoạch mà không cần quyền biên giới; nội dung của lớp khu vực biên giới (độ dài đường biên trong từng xã, các xã được văn bản nêu tên) vẫn chỉ dành cho tài khoản biên giới.',
        en: 'Border communes follow from the indicative border line and the public commune boundaries, by the same rule as the border-area layer, so planners can use the border criterion without the border role; what the border-area layer holds (the length of line in each commune, the communes named in documents) stays for border accounts only.',
      },
      {
        vi: 'Mỗi kịch bản lưu người lưu, thời điểm, mọi thông số, mọi điều chỉnh và kết quả lúc lưu; mỗi lần lưu, sửa, thu hồi và tải xuống được ghi nhật ký. Kết quả dùng dữ liệu mẫu luôn kèm cảnh báo.',
        en: 'Each scenario keeps who saved it, when, every parameter, every override and the result when saved; every save, change, withdrawal and download is audited. A result that uses sample data always carries the warning.',
      },
    ],
  },
}
