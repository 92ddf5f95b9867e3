import type { SettingKey } from './settings';

export interface SettingDescription {
  label: string;
  group: string;
  min?: number;
  max?: number;
}

/**
 * The settings an administrator changes from Cài đặt, with their labels and limits. Printer choices are
 * remembered by the print dialog itself and are not listed here.
 */
export const SETTING_CATALOG: Partial<Record<SettingKey, SettingDescription>> = {
  office_name: { label: 'Tên cơ quan', group: 'Cơ quan' },
  office_code: { label: 'Mã đơn vị (chữ không dấu, số, - _ .; dùng trong gói báo cáo)', group: 'Cơ quan' },
  print_upstream_body: { label: 'Cơ quan cấp trên (dòng trên tên cơ quan)', group: 'Cơ quan' },
  print_office_address: { label: 'Địa chỉ cơ quan', group: 'Cơ quan' },
  print_place_name: { label: 'Địa danh (dòng "…, ngày … tháng … năm")', group: 'Cơ quan' },
  print_contact: { label: 'Số điện thoại liên hệ', group: 'Cơ quan' },
  print_reference_suffix: { label: 'Ký hiệu văn bản (sau số)', group: 'Cơ quan' },
  print_head_title: { label: 'Chức danh người ký', group: 'Cơ quan' },
  print_head_name: { label: 'Họ tên người ký', group: 'Cơ quan' },
  print_officer_title: { label: 'Chức danh cán bộ tiếp', group: 'Cơ quan' },
  group_threshold: { label: 'Đoàn đông người từ (người)', group: 'Tiếp nhận', min: 2, max: 100 },
  week_start_day: {
    label:
      'Tuần báo cáo bắt đầu từ (0 = Chủ nhật, 1 = Thứ Hai, 2 = Thứ Ba, 3 = Thứ Tư, 4 = Thứ Năm, 5 = Thứ Sáu, 6 = Thứ Bảy)',
    group: 'Báo cáo',
    min: 0,
    max: 6,
  },
  idle_lock_minutes: { label: 'Khóa màn hình sau (phút không thao tác)', group: 'Bảo mật', min: 1, max: 120 },
  receipt_copies: { label: 'Số bản giấy biên nhận', group: 'In ấn', min: 1, max: 5 },
  receipt_copies_to_cao: { label: 'Số bản giấy biên nhận (tố cáo)', group: 'In ấn', min: 1, max: 5 },
  ticket_width: { label: 'Khổ giấy in số thứ tự (58 hoặc 80 mm)', group: 'In ấn', min: 58, max: 80 },
  ticket_print_silent: {
    label: 'In số thứ tự không hỏi (1 = có, 0 = không)',
    group: 'In ấn',
    min: 0,
    max: 1,
  },
  backup_keep: { label: 'Số bản sao lưu giữ lại', group: 'Sao lưu', min: 1, max: 365 },
  backup_copy_dir: { label: 'Thư mục chép thêm bản sao lưu (ổ USB)', group: 'Sao lưu' },
};
