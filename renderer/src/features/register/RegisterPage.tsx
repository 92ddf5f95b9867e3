import './register.css';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { toLocalDate } from '../../../../shared/domain/local-time';
import { formatCount } from '../../../../shared/domain/number-format';
import { useDebounced } from '../../app/use-debounced';
import { useSubjects } from '../intake/use-reference-data';
import { hasFilters, NO_FILTERS, type RegisterFilterValues } from './register-filters';
import { RegisterFilters } from './RegisterFilters';
import { RegisterTable } from './RegisterTable';
import { useVisits } from './use-visits';

export const FILTER_DELAY_MS = 300;

/** Sổ tiếp công dân (Mẫu 03, TT 04/2021), newest first, filtered, loaded page by page as it scrolls. */
export function RegisterPage() {
  const [filters, setFilters] = useState<RegisterFilterValues>(NO_FILTERS);
  const applied = useDebounced(filters, FILTER_DELAY_MS);
  const { items, total, isTotalCapped, error, isLoading, loadMore, hasMore } = useVisits(applied);
  const subjects = useSubjects();
  const subjectLabel = useCallback(
    (code: string) => subjects.find((subject) => subject.code === code)?.label ?? code,
    [subjects],
  );
  const onNeedMore = useCallback(() => void loadMore(), [loadMore]);
  const isFiltered = hasFilters(applied);

  return (
    <section aria-labelledby="register-title" className="page register-page">
      <h1 id="register-title">Sổ tiếp công dân</h1>
      <RegisterFilters value={filters} onChange={setFilters} subjects={subjects} />
      <p>
        <Link to={registerPrintPath(filters.from, filters.to)}>
          In sổ tiếp công dân (Mẫu 03) {filters.from || filters.to ? 'theo khoảng ngày đã chọn' : 'tháng này'}
        </Link>
      </p>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      <p className="muted">
        {isLoading
          ? 'Đang tải…'
          : `Tổng số ${isTotalCapped ? 'hơn ' : ''}${formatCount(total)} lượt tiếp${isFiltered ? ' khớp bộ lọc' : ''}; đang hiển thị ${formatCount(items.length)}.`}
      </p>
      {!isLoading && total === 0 ? (
        <p className="notice">
          {isFiltered
            ? 'Không có lượt tiếp nào khớp bộ lọc.'
            : 'Sổ chưa có lượt tiếp nào. Hãy ghi lượt tiếp đầu tiên ở trang Tiếp nhận.'}
        </p>
      ) : (
        <RegisterTable
          items={items}
          total={total}
          hasMore={hasMore}
          onNeedMore={onNeedMore}
          subjectLabel={subjectLabel}
        />
      )}
      {hasMore && (
        <button type="button" className="secondary" onClick={onNeedMore}>
          Tải thêm
        </button>
      )}
    </section>
  );
}

/** The Mẫu 03 print route for the chosen dates, or for the current month when none is chosen. */
function registerPrintPath(from: string, to: string): string {
  const today = toLocalDate(new Date());
  const start = from || `${today.slice(0, 8)}01`;
  const end = to || today;
  return `/print/register?from=${start}&to=${end}`;
}
