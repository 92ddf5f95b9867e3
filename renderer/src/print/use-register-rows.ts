import { useEffect, useState } from 'react';
import type { VisitListOutput, VisitView } from '../../../shared/contract/visits';
import { call } from '../api/api';

const PAGE = 500;

/** Every visit of a period, oldest first as the register is written: `visits:list` paged with beforeId. */
export async function loadPeriod(from: string, to: string): Promise<VisitView[]> {
  const rows: VisitView[] = [];
  let beforeId: number | null = null;
  for (;;) {
    const page: VisitListOutput = await call('visits:list', { from, to, limit: PAGE, beforeId });
    rows.push(...page.items);
    const last = page.items.at(-1);
    if (page.items.length < PAGE || last === undefined || rows.length >= page.total) break;
    beforeId = last.id;
  }
  return rows.reverse();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The period from `?from=&to=` and its visits; an error when the period is missing or reversed. */
export function useRegisterRows(from: string | null, to: string | null) {
  const problem =
    from === null || to === null || !ISO_DATE.test(from) || !ISO_DATE.test(to)
      ? 'Hãy chọn kỳ in sổ: đường dẫn cần ?from=yyyy-mm-dd&to=yyyy-mm-dd.'
      : from > to
        ? 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.'
        : null;
  const [answer, setAnswer] = useState<{ key: string; rows: VisitView[] | null; error: string | null }>({
    key: '',
    rows: null,
    error: null,
  });
  const key = `${from}..${to}`;
  useEffect(() => {
    if (problem !== null || from === null || to === null) return;
    let isCurrent = true;
    loadPeriod(from, to)
      .then((rows) => isCurrent && setAnswer({ key, rows, error: null }))
      .catch((reason: Error) => isCurrent && setAnswer({ key, rows: null, error: reason.message }));
    return () => {
      isCurrent = false;
    };
  }, [from, to, key, problem]);
  const isCurrent = answer.key === key;
  return { rows: isCurrent ? answer.rows : null, error: problem ?? (isCurrent ? answer.error : null) };
}
