import type { VisitView } from '../../../../shared/contract/visits';
import { ApiError } from '../../api/api';
import type { SubmitResult } from './IntakeForm';

/** Runs a save and turns its outcome into what the page shows and what the form maps onto fields. */
export async function submitOutcome(
  save: () => Promise<VisitView>,
  onSaved: (visit: VisitView) => void,
  onFailed: (message: string) => void,
): Promise<SubmitResult> {
  try {
    onSaved(await save());
    return { ok: true };
  } catch (error) {
    if (error instanceof ApiError) {
      onFailed(error.message);
      return { ok: false, code: error.code, issues: error.issues };
    }
    onFailed('Chưa lưu được lượt tiếp; hãy thử lại. Những gì đã nhập vẫn còn trên phiếu.');
    return { ok: false, code: null, issues: [] };
  }
}
