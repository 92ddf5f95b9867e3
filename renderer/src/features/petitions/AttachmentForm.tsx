import { useState, type ChangeEvent } from 'react';
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/contract/petitions';
import { fileToBase64 } from '../../app/files';
import { usePetitionAction } from './use-petitions';

/** Picks a scan (PDF or image) and sends it to main, which stores and hashes it. */
export function AttachmentForm({ petitionId, onSaved }: { petitionId: number; onSaved: () => void }) {
  const action = usePetitionAction('petitions:attach');
  const [localError, setLocalError] = useState<string | null>(null);
  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setLocalError(
        `Tệp "${file.name}" quá lớn (tối đa ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB); hãy quét ở độ phân giải thấp hơn.`,
      );
      return;
    }
    setLocalError(null);
    const saved = await action.run({
      id: petitionId,
      fileName: file.name,
      contentBase64: await fileToBase64(file),
    });
    if (saved) onSaved();
  };
  const error = localError ?? action.error;
  return (
    <div>
      <label className="field">
        <span>Đính kèm bản quét (PDF, JPG, PNG, TIFF)</span>
        <input
          type="file"
          accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff"
          onChange={(event) => void onPick(event)}
        />
      </label>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
    </div>
  );
}
