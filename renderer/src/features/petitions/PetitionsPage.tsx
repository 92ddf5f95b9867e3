import './petitions.css';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PetitionListInput } from '../../../../shared/contract/petitions';
import { CLASSIFICATION_LABELS, CLASSIFICATIONS } from '../../../../shared/domain/classification';
import { PETITION_OUTCOME_LABELS, PETITION_OUTCOMES } from '../../../../shared/domain/petitions';
import { useCall } from '../../api/use-call';
import { useDebounced } from '../../app/use-debounced';
import { PetitionDeadlines } from './PetitionDeadlines';
import { PetitionTable } from './PetitionTable';

interface Filters {
  classification: string;
  state: string;
  outcome: string;
  query: string;
}

const NO_FILTERS: Filters = { classification: '', state: '', outcome: '', query: '' };

/** Sổ đơn thư: filters, the registry newest first, and the due-soon and overdue lists. */
export function PetitionsPage() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const applied = useDebounced(filters, 300);
  const input: Partial<PetitionListInput> = {
    classification: (applied.classification || null) as PetitionListInput['classification'],
    state: (applied.state || null) as PetitionListInput['state'],
    outcome: (applied.outcome || null) as PetitionListInput['outcome'],
    query: applied.query.trim() || null,
  };
  const list = useCall('petitions:list', input);
  const set = (key: keyof Filters) => (value: string) =>
    setFilters((current) => ({ ...current, [key]: value }));
  return (
    <section aria-labelledby="petitions-title" className="page petitions-page">
      <h1 id="petitions-title">Sổ đơn thư</h1>
      <p className="print-links">
        <Link to="/don-thu/moi">Vào sổ đơn mới</Link> · <Link to="/bao-cao">Biểu 02/XLD (trang Báo cáo)</Link>
      </p>
      <form className="filters" aria-label="Lọc sổ đơn thư" onSubmit={(event) => event.preventDefault()}>
        <label className="field">
          <span>Tìm (nội dung hoặc số đến)</span>
          <input value={filters.query} onChange={(event) => set('query')(event.target.value)} />
        </label>
        <label className="field">
          <span>Phân loại</span>
          <select
            value={filters.classification}
            onChange={(event) => set('classification')(event.target.value)}
          >
            <option value="">Tất cả</option>
            {CLASSIFICATIONS.map((code) => (
              <option key={code} value={code}>
                {CLASSIFICATION_LABELS[code]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Tình trạng</span>
          <select value={filters.state} onChange={(event) => set('state')(event.target.value)}>
            <option value="">Tất cả</option>
            <option value="chua_xu_ly">Chưa xử lý</option>
            <option value="da_xu_ly">Đã xử lý</option>
          </select>
        </label>
        <label className="field">
          <span>Kết quả xử lý</span>
          <select value={filters.outcome} onChange={(event) => set('outcome')(event.target.value)}>
            <option value="">Tất cả</option>
            {PETITION_OUTCOMES.map((code) => (
              <option key={code} value={code}>
                {PETITION_OUTCOME_LABELS[code]}
              </option>
            ))}
          </select>
        </label>
      </form>
      {list.error && (
        <p role="alert" className="notice error">
          {list.error}
        </p>
      )}
      {list.data === null ? (
        <p className="muted">Đang tải…</p>
      ) : list.data.length === 0 ? (
        <p className="notice">Không có đơn nào khớp bộ lọc. Đơn mới vào sổ ở mục “Vào sổ đơn mới”.</p>
      ) : (
        <PetitionTable items={list.data} caption="Sổ đơn thư" />
      )}
      <PetitionDeadlines />
    </section>
  );
}
