/**
 * The columns each spreadsheet import reads: a key (what errors name), the headers a file may
 * give it (compared without diacritics or case; the first is the one templates write) and
 * whether it is required. The API reads files with these; the console writes templates and
 * names errors' columns from them.
 */
export interface ImportColumnSpec {
  headers: readonly string[];
  required?: boolean;
}

const neighbourhoods = {
  wardCode: { headers: ['Mã xã, phường', 'Mã xã', 'Mã phường', 'Mã xã, phường, đặc khu', 'wardCode'], required: true },
  code: { headers: ['Mã khu dân cư', 'Mã', 'code'], required: true },
  name: { headers: ['Tên khu dân cư', 'Tên', 'name'] },
  type: { headers: ['Loại', 'Loại khu dân cư', 'type'] },
  households: { headers: ['Số hộ', 'households'] },
  population: { headers: ['Số nhân khẩu', 'Nhân khẩu', 'population'] },
  headName: { headers: ['Người đứng đầu', 'Người đứng đầu khu dân cư', 'Trưởng thôn', 'headName'] },
  headPhone: { headers: ['Điện thoại', 'Điện thoại người đứng đầu', 'headPhone'] },
} as const;

const models = {
  wardCode: { headers: ['Mã xã, phường', 'Mã xã', 'Mã phường', 'wardCode'], required: true },
  neighbourhoodCode: { headers: ['Mã khu dân cư', 'neighbourhoodCode'] },
  name: { headers: ['Tên mô hình', 'name'], required: true },
  category: { headers: ['Loại mô hình', 'category'], required: true },
  status: { headers: ['Trạng thái', 'status'], required: true },
  leadBody: { headers: ['Đơn vị chủ trì', 'leadBody'], required: true },
  area: { headers: ['Đơn vị/địa bàn thực hiện', 'Địa bàn', 'area'] },
  context: { headers: ['Bối cảnh xây dựng mô hình', 'Bối cảnh', 'context'] },
  results: { headers: ['Kết quả nổi bật của mô hình', 'Kết quả nổi bật', 'results'] },
  problems: { headers: ['Những vấn đề đặt ra qua thực tiễn triển khai', 'Vấn đề đặt ra', 'problems'] },
  nextPlan: { headers: ['Phương án thực hiện giai đoạn tới', 'Phương án thực hiện', 'nextPlan'] },
  requests: { headers: ['Kiến nghị, đề xuất', 'Kiến nghị', 'requests'] },
} as const;

const figures = {
  wardCode: { headers: ['Mã xã, phường', 'Mã xã', 'Mã phường', 'wardCode'], required: true },
  model: { headers: ['Tên mô hình', 'Mô hình', 'model'], required: true },
  indicator: { headers: ['Chỉ số', 'Chỉ tiêu', 'Nội dung', 'indicator'], required: true },
  value: { headers: ['Giá trị', 'Số lượng', 'Số liệu', 'value'], required: true },
  unit: { headers: ['Đơn vị tính', 'Đơn vị', 'unit'], required: true },
  period: { headers: ['Kỳ', 'Kỳ báo cáo', 'Thời gian', 'period'], required: true },
  place: { headers: ['Nơi', 'Địa bàn', 'place'] },
  note: { headers: ['Ghi chú', 'note'] },
} as const;

export const IMPORT_COLUMNS = { neighbourhoods, models, figures } as const satisfies Record<string, Record<string, ImportColumnSpec>>;

export type ImportKind = keyof typeof IMPORT_COLUMNS;
export const IMPORT_KINDS = Object.keys(IMPORT_COLUMNS) as ImportKind[];
