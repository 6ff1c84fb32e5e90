/**
 * The dashboard's strings beyond the shared `app.dashboard.*` ones (which it uses wherever they
 * fit), merged into the i18n provider in i18n/index.ts.
 */
import type { SameKeys } from '../i18n/app';

const vi = {
  dashboard: {
    year_of: 'Năm %{year}',
    recognized_of: '%{count}/%{total} khu dân cư',
    models_hint: 'Mô hình có trạng thái đang hoạt động',
    neighbourhoods_hint: 'Trong phạm vi bạn được xem',
    assessments_total: '%{smart_count} đánh giá trong năm |||| %{smart_count} đánh giá trong năm',
    assessments: 'Số đánh giá',
    no_assessments: 'Chưa có đánh giá nào trong năm này.',
    share: 'Tỷ lệ',
    goal_at_least: 'Chỉ tiêu: đạt từ %{goal} trở lên',
    goal_more_than: 'Chỉ tiêu: trên %{goal}',
    no_breakdown: 'Chưa có số liệu theo đơn vị trực thuộc.',
    open_unit: 'Xem tổng quan của %{name}',
    retry: 'Thử lại',
    load_error: 'Không tải được số liệu tổng quan.',
    basis: {
      recognised: '%{count}/%{total} khu dân cư được công nhận trong năm %{year}.',
      launched: '%{count}/%{total} khu dân cư ra mắt mô hình của phong trào trong vòng 3 tháng sau khi sắp xếp lại.',
      unmeasurable: 'Chưa có số liệu nào được lưu để đo chỉ tiêu này.',
    },
  },
};

const en: SameKeys<typeof vi> = {
  dashboard: {
    year_of: 'Year %{year}',
    recognized_of: '%{count} of %{total} neighbourhoods',
    models_hint: 'Models with the status operating',
    neighbourhoods_hint: 'Within the scope you may see',
    assessments_total: '%{smart_count} assessment this year |||| %{smart_count} assessments this year',
    assessments: 'Assessments',
    no_assessments: 'No assessment this year yet.',
    share: 'Share',
    goal_at_least: 'Target: at least %{goal}',
    goal_more_than: 'Target: more than %{goal}',
    no_breakdown: 'No figures per subordinate unit yet.',
    open_unit: 'Open the overview of %{name}',
    retry: 'Retry',
    load_error: 'The overview could not be loaded.',
    basis: {
      recognised: '%{count} of %{total} neighbourhoods recognised in %{year}.',
      launched: "%{count} of %{total} neighbourhoods launched the programme's model within 3 months of re-arrangement.",
      unmeasurable: 'No stored data measures this target yet.',
    },
  },
};

export const messages = { vi, en };
