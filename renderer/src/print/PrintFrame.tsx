import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { PRINT_KIND_LABELS, PRINT_PAPER, type PrintKind } from '../../../shared/domain/print-documents';
import './print-fonts';
import './print.css';
import { PageStyle } from './PageStyle';
import { PrintBar } from './PrintBar';
import { usePrintReady } from './use-print-ready';

interface PrintFrameProps {
  kind: PrintKind;
  entityId: string | null;
  /** Loaded data, or null while loading. */
  isReady: boolean;
  error: string | null;
  defaultCopies?: number;
  rememberedPrinter?: string;
  children: ReactNode;
}

/**
 * Everything around one printed document: the page box, the print bar, the loading and error states,
 * the ready signal, and the sheet itself at the paper's size.
 */
export function PrintFrame(props: PrintFrameProps) {
  const { kind, entityId, isReady, error, defaultCopies = 1, rememberedPrinter = '' } = props;
  const navigate = useNavigate();
  usePrintReady(isReady, error);
  const paper = PRINT_PAPER[kind];
  const sheetClass = `sheet sheet-${paper.paper}${paper.isLandscape ? '-landscape' : ''}`;
  return (
    <div className="print-root">
      <PageStyle paper={paper.paper} isLandscape={paper.isLandscape} />
      {error !== null ? (
        <div className="print-message">
          <p role="alert">{error}</p>
          <button type="button" className="secondary" onClick={() => void navigate(-1)}>
            Quay lại
          </button>
        </div>
      ) : !isReady ? (
        <p className="print-message">Đang tải giấy tờ…</p>
      ) : (
        <>
          <PrintBar
            kind={kind}
            entityId={entityId}
            defaultCopies={defaultCopies}
            rememberedPrinter={rememberedPrinter}
          />
          <article className={sheetClass} aria-label={PRINT_KIND_LABELS[kind]}>
            {props.children}
          </article>
        </>
      )}
    </div>
  );
}
