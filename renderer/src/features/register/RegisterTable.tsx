import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { VisitView } from '../../../../shared/contract/visits';
import { REGISTER_COLUMNS } from './register-columns';

interface RegisterTableProps {
  items: VisitView[];
  total: number;
  hasMore: boolean;
  onNeedMore: () => void;
  subjectLabel: (code: string) => string;
}

const ESTIMATED_ROW_PX = 64;
/** Ask for the next page when the view comes this close to the last row loaded. */
const PREFETCH_ROWS = 20;

/** A scroll box that reports no size (a hidden tab, a test DOM) still shows a screenful of rows. */
function observeRect(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width, height: 800 }),
  );
}

/**
 * The register as a virtualised table: only the rows in view are in the DOM, while role="table",
 * aria-rowcount and aria-rowindex keep it a table for screen readers and tests. A row opens the visit
 * with a click or Enter; ↑/↓ move between rows.
 */
export function RegisterTable({ items, total, hasMore, onNeedMore, subjectLabel }: RegisterTableProps) {
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualiser hands back fresh functions each render; this component is simply not auto-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 8,
    observeElementRect: observeRect,
    getItemKey: (index) => items[index]?.id ?? index,
  });
  const rows = virtualizer.getVirtualItems();
  const lastIndex = rows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && lastIndex >= items.length - PREFETCH_ROWS) onNeedMore();
  }, [hasMore, lastIndex, items.length, onNeedMore]);

  const open = (visit: VisitView) => void navigate(`/so-tiep-cong-dan/${visit.id}`);
  const moveTo = (index: number) => {
    if (index < 0 || index >= items.length) return;
    virtualizer.scrollToIndex(index);
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`[aria-rowindex="${index + 2}"]`)?.focus(),
    );
  };
  const onRowKey = (event: KeyboardEvent<HTMLDivElement>, index: number, visit: VisitView) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') open(visit);
    else if (event.key === 'ArrowDown') moveTo(index + 1);
    else if (event.key === 'ArrowUp') moveTo(index - 1);
    else return;
    event.preventDefault();
  };

  return (
    <div
      role="table"
      aria-label="Sổ tiếp công dân"
      aria-rowcount={total + 1}
      className="register-table"
      ref={scrollRef}
    >
      <div role="rowgroup" className="register-head">
        <div role="row" aria-rowindex={1} className="register-row">
          {REGISTER_COLUMNS.map((column) => (
            <div key={column.key} role="columnheader" className={`cell col-${column.key}`}>
              {column.header}
              <span className="col-number" aria-hidden="true">
                ({column.number})
              </span>
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="register-body" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const visit = items[row.index];
          if (!visit) return null;
          return (
            <div
              key={row.key}
              role="row"
              aria-rowindex={row.index + 2}
              data-index={row.index}
              ref={virtualizer.measureElement}
              tabIndex={0}
              className={`register-row${visit.refusalReason ? ' is-refused' : ''}`}
              style={{ transform: `translateY(${row.start}px)` }}
              onClick={() => open(visit)}
              onKeyDown={(event) => onRowKey(event, row.index, visit)}
            >
              {REGISTER_COLUMNS.map((column) => (
                <div key={column.key} role="cell" className={`cell col-${column.key}`}>
                  {column.render(visit, { stt: total - row.index, subjectLabel })}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
