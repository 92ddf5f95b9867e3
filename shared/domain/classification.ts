/**
 * Codes the register and the tallies count by. Codes are stable (imports, packages and the database use
 * them); the Vietnamese labels shown to officers live beside them.
 */
export const CLASSIFICATIONS = ['khieu_nai', 'to_cao', 'kien_nghi', 'phan_anh'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  khieu_nai: 'Khiếu nại',
  to_cao: 'Tố cáo',
  kien_nghi: 'Kiến nghị',
  phan_anh: 'Phản ánh',
};

export const RECEPTION_KINDS = ['thuong_xuyen', 'dinh_ky', 'dot_xuat', 'uy_quyen'] as const;
export type ReceptionKind = (typeof RECEPTION_KINDS)[number];

export const RECEPTION_KIND_LABELS: Record<ReceptionKind, string> = {
  thuong_xuyen: 'Tiếp thường xuyên',
  dinh_ky: 'Thủ trưởng tiếp định kỳ',
  dot_xuat: 'Thủ trưởng tiếp đột xuất',
  uy_quyen: 'Ủy quyền tiếp',
};

export const CHANNELS = ['truc_tiep', 'truc_tuyen'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  truc_tiep: 'Trực tiếp',
  truc_tuyen: 'Trực tuyến',
};

/**
 * Identity papers. Luật 136/2025 (from 01/7/2026) names số căn cước, giấy chứng nhận căn cước, số định danh
 * cá nhân and hộ chiếu; CCCD / thẻ căn cước and CMND stay valid for records made before and for imports.
 */
export const ID_TYPES = [
  'cccd',
  'so_can_cuoc',
  'so_dinh_danh',
  'gcn_can_cuoc',
  'ho_chieu',
  'cmnd',
  'khong_co',
] as const;
export type IdType = (typeof ID_TYPES)[number];

export const ID_TYPE_LABELS: Record<IdType, string> = {
  cccd: 'CCCD / thẻ căn cước',
  so_can_cuoc: 'Số căn cước',
  so_dinh_danh: 'Số định danh cá nhân',
  gcn_can_cuoc: 'Giấy chứng nhận căn cước',
  ho_chieu: 'Hộ chiếu',
  cmnd: 'CMND',
  khong_co: 'Không có giấy tờ',
};

/** Types whose number is the 12-digit số định danh cá nhân of DOMAIN §6 (checked and decoded alike). */
export const PERSONAL_ID_TYPES = ['cccd', 'so_can_cuoc', 'so_dinh_danh'] as const satisfies readonly IdType[];

export const GENDERS = ['nam', 'nu'] as const;
export type Gender = (typeof GENDERS)[number];

export const GENDER_LABELS: Record<Gender, string> = { nam: 'Nam', nu: 'Nữ' };

export const HANDLINGS = ['thu_ly', 'tra_lai_huong_dan', 'chuyen_don', 'tra_loi_truc_tiep'] as const;
export type Handling = (typeof HANDLINGS)[number];

export const HANDLING_LABELS: Record<Handling, string> = {
  thu_ly: 'Thụ lý để giải quyết',
  tra_lai_huong_dan: 'Trả lại đơn và hướng dẫn',
  chuyen_don: 'Chuyển đơn đến cơ quan có thẩm quyền',
  tra_loi_truc_tiep: 'Giải thích, trả lời trực tiếp',
};

export const USER_ROLES = ['receptionist', 'leader', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const USER_ROLE_LABELS: Record<UserRole, string> = {
  receptionist: 'Cán bộ tiếp dân',
  leader: 'Lãnh đạo',
  admin: 'Quản trị hệ thống',
};
