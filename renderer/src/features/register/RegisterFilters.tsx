import type { ChangeEvent } from 'react';
import {
  CHANNEL_LABELS,
  CLASSIFICATION_LABELS,
  RECEPTION_KIND_LABELS,
} from '../../../../shared/domain/classification';
import { NO_FILTERS, type RegisterFilterValues } from './register-filters';

interface RegisterFiltersProps {
  value: RegisterFilterValues;
  onChange: (value: RegisterFilterValues) => void;
  subjects: { code: string; label: string }[];
}

const GROUP_LABELS = { '': 'Tất cả', yes: 'Chỉ đoàn đông người', no: 'Không phải đoàn đông người' };

/** The register's filter bar: dates, hình thức, phân loại, lĩnh vực, officer, groups and a search box. */
export function RegisterFilters({ value, onChange, subjects }: RegisterFiltersProps) {
  const bind = (field: keyof RegisterFilterValues) => ({
    value: value[field],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange({ ...value, [field]: event.target.value }),
  });
  const options = (labels: Record<string, string>) =>
    Object.entries(labels).map(([code, label]) => (
      <option key={code} value={code}>
        {label}
      </option>
    ));

  return (
    <form
      className="register-filters"
      role="search"
      aria-label="Lọc sổ tiếp công dân"
      onSubmit={(e) => e.preventDefault()}
    >
      <label className="field filter-query">
        Tìm kiếm
        <input
          type="search"
          placeholder="Họ tên, số giấy tờ, địa chỉ, nội dung (gõ không dấu cũng được)"
          {...bind('query')}
        />
      </label>
      <label className="field">
        Từ ngày
        <input type="date" {...bind('from')} />
      </label>
      <label className="field">
        Đến ngày
        <input type="date" {...bind('to')} />
      </label>
      <label className="field">
        Hình thức tiếp
        <select {...bind('receptionKind')}>
          <option value="">Tất cả</option>
          {options(RECEPTION_KIND_LABELS)}
        </select>
      </label>
      <label className="field">
        Kênh tiếp
        <select {...bind('channel')}>
          <option value="">Tất cả</option>
          {options(CHANNEL_LABELS)}
        </select>
      </label>
      <label className="field">
        Phân loại
        <select {...bind('classification')}>
          <option value="">Tất cả</option>
          {options(CLASSIFICATION_LABELS)}
        </select>
      </label>
      <label className="field">
        Lĩnh vực
        <select {...bind('subject')}>
          <option value="">Tất cả</option>
          {options(Object.fromEntries(subjects.map((s) => [s.code, s.label])))}
        </select>
      </label>
      <label className="field">
        Cán bộ tiếp
        <input type="text" autoComplete="off" {...bind('officer')} />
      </label>
      <label className="field">
        Đoàn đông người
        <select {...bind('group')}>{options(GROUP_LABELS)}</select>
      </label>
      <button type="button" className="secondary" onClick={() => onChange(NO_FILTERS)}>
        Xóa bộ lọc
      </button>
    </form>
  );
}
