/** The map screens' messages (map.*), Vietnamese first. */
import type { SameKeys } from '../i18n/app';

const vi = {
  map: {
    title: 'Bản đồ điểm nóng về an ninh, trật tự',
    loading: 'Đang tải bản đồ…',
    category: 'Loại phản ánh',
    all_categories: 'Tất cả các loại',
    show_reports: 'Phản ánh',
    show_businesses: 'Cơ sở kinh doanh',
    business: 'Cơ sở kinh doanh',
    markers: '%{count} điểm trên bản đồ',
    without_location: '%{count} bản ghi chưa có vị trí (không hiện trên bản đồ)',
    none: 'Không có phản ánh hay cơ sở kinh doanh nào có vị trí trong phạm vi này.',
    no_tiles: 'Chưa có bản đồ nền (quản trị viên cấu hình máy chủ bản đồ): chỉ hiện các điểm.',
    too_many: 'Quá nhiều điểm để hiện trên bản đồ. Hãy thu hẹp bộ lọc: chọn xã, phường, đặc khu, rút ngắn khoảng thời gian hoặc chọn một loại phản ánh.',
    open_report: 'Mở phản ánh',
    open_business: 'Mở cơ sở',
    received: 'Tiếp nhận %{date}',
    legend: 'Chú giải',
    location: {
      title: 'Vị trí trên bản đồ',
      lat: 'Vĩ độ',
      lng: 'Kinh độ',
      pick: 'Chọn trên bản đồ',
      hide_map: 'Ẩn bản đồ',
      pick_hint: 'Bấm vào bản đồ để đặt vị trí; kéo điểm đánh dấu để chỉnh.',
      clear: 'Xóa vị trí',
      both: 'Cần nhập cả vĩ độ và kinh độ (hoặc để trống cả hai).',
      lat_range: 'Vĩ độ phải từ −90 đến 90.',
      lng_range: 'Kinh độ phải từ −180 đến 180.',
      helper: 'Độ thập phân, ví dụ 20.8477 và 104.6322 (chợ đêm Mộc Châu).',
    },
    aliases: {
      title: 'Tên gọi khác',
      helper: 'Tên người dân, du khách thường gọi (tên cũ trước sắp xếp, địa danh: “Mộc Châu”, “chợ đêm”): trang phản ánh công khai tìm theo cả các tên này. Tối đa 20 tên, mỗi tên tối đa 100 ký tự.',
      alias: 'Tên gọi',
    },
  },
};

const en: SameKeys<typeof vi> = {
  map: {
    title: 'Hot-spot map of security and order',
    loading: 'Loading the map…',
    category: 'Category',
    all_categories: 'All categories',
    show_reports: 'Reports',
    show_businesses: 'Businesses',
    business: 'Business',
    markers: '%{count} points on the map',
    without_location: '%{count} records have no location (not on the map)',
    none: 'No report or business with a location in this scope.',
    no_tiles: 'No background map is configured (an administrator sets the tile server): points only.',
    too_many: 'Too many points for the map. Narrow the filter: choose a commune or ward, a shorter period or one category.',
    open_report: 'Open the report',
    open_business: 'Open the business',
    received: 'Received %{date}',
    legend: 'Legend',
    location: {
      title: 'Location on the map',
      lat: 'Latitude',
      lng: 'Longitude',
      pick: 'Pick on the map',
      hide_map: 'Hide the map',
      pick_hint: 'Tap the map to set the location; drag the marker to adjust it.',
      clear: 'Clear the location',
      both: 'Give both latitude and longitude (or leave both empty).',
      lat_range: 'Latitude must be between −90 and 90.',
      lng_range: 'Longitude must be between −180 and 180.',
      helper: 'Decimal degrees, e.g. 20.8477 and 104.6322 (the Mộc Châu night market).',
    },
    aliases: {
      title: 'Other names',
      helper: 'Names residents and visitors use (a former name, a landmark: “Mộc Châu”, “night market”): the public report page searches them too. At most 20, each at most 100 characters.',
      alias: 'Name',
    },
  },
};

export const messages = { vi, en };
