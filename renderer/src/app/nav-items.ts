/** The main navigation; `isBuilt` false pages say plainly they are not ready yet. */
export interface NavItem {
  path: string;
  label: string;
  isBuilt: boolean;
  /** Shown on a page that is not built yet: what it will do. */
  purpose: string;
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/tiep-nhan', label: 'Tiếp nhận', isBuilt: true, purpose: 'Ghi lượt tiếp công dân.' },
  {
    path: '/hang-cho',
    label: 'Hàng chờ',
    isBuilt: true,
    purpose: 'Cấp số thứ tự, gọi công dân đến bàn tiếp và màn hình phòng chờ.',
  },
  {
    path: '/so-tiep-cong-dan',
    label: 'Sổ tiếp công dân',
    isBuilt: true,
    purpose: 'Sổ tiếp công dân (Mẫu 03).',
  },
  {
    path: '/lich-tiep',
    label: 'Lịch tiếp',
    isBuilt: true,
    purpose: 'Lịch tiếp công dân của lãnh đạo, kỳ tiếp, ngày nghỉ và đối chiếu với quy định.',
  },
  {
    path: '/don-thu',
    label: 'Đơn thư',
    isBuilt: true,
    purpose: 'Sổ đơn thư, xử lý đơn theo Thông tư 05/2021 và Biểu 02/XLD.',
  },
  {
    path: '/doi-thoai',
    label: 'Đối thoại',
    isBuilt: true,
    purpose: 'Các cuộc đối thoại của lãnh đạo với công dân.',
  },
  {
    path: '/bao-cao',
    label: 'Báo cáo',
    isBuilt: true,
    purpose: 'Biểu 01/TCD và các báo cáo tuần, quý, 6 tháng, 9 tháng, năm; xuất ra USB.',
  },
  {
    path: '/tong-hop-don-vi',
    label: 'Tổng hợp đơn vị',
    isBuilt: true,
    purpose: 'Tổng hợp gói báo cáo của các đơn vị cấp dưới thành Biểu 01/TCD chung.',
  },
  {
    path: '/cai-dat',
    label: 'Cài đặt',
    isBuilt: true,
    purpose: 'Thông tin cơ quan, người dùng, sao lưu và nhập dữ liệu.',
  },
];
