import { useState } from 'react';
import { CameraScan } from './CameraScan';

/** "Quét CCCD": opens the camera; a code read closes it and goes to the same handler as a scanner burst. */
export function CameraScanButton({ onPayload }: { onPayload: (text: string) => void }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button type="button" className="secondary" onClick={() => setIsOpen(true)} disabled={isOpen}>
        Quét CCCD
      </button>
      {isOpen && (
        <CameraScan
          onClose={() => setIsOpen(false)}
          onPayload={(text) => {
            setIsOpen(false);
            onPayload(text);
          }}
        />
      )}
    </>
  );
}
