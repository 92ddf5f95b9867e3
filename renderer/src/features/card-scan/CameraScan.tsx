import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { cameraErrorMessage, qrText } from './qr-text';

const FRAME_MS = 200;

/** Frames from the camera until one holds a QR code, then the code's text; the camera stops on unmount. */
function useQrCamera(video: React.RefObject<HTMLVideoElement | null>, onText: (text: string) => void) {
  const [error, setError] = useState<string | null>(null);
  const onTextRef = useRef(onText);
  useEffect(() => {
    onTextRef.current = onText;
  }, [onText]);
  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let isStopped = false;
    const canvas = document.createElement('canvas');
    const readFrame = () => {
      const element = video.current;
      if (!element || element.videoWidth === 0) return;
      canvas.width = element.videoWidth;
      canvas.height = element.videoHeight;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return;
      context.drawImage(element, 0, 0);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
      if (code) {
        clearInterval(timer);
        onTextRef.current(qrText(code.binaryData));
      }
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (opened) => {
        stream = opened;
        if (isStopped || !video.current) return opened.getTracks().forEach((track) => track.stop());
        video.current.srcObject = opened;
        await video.current.play();
        timer = setInterval(readFrame, FRAME_MS);
      })
      .catch((reason: DOMException) => setError(cameraErrorMessage(reason.name)));
    return () => {
      isStopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [video]);
  return error;
}

/** The camera view of "Quét CCCD": hold the card's QR code to the camera; Esc or "Đóng" closes it. */
export function CameraScan({
  onPayload,
  onClose,
}: {
  onPayload: (text: string) => void;
  onClose: () => void;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const error = useQrCamera(video, onPayload);
  return (
    <div
      role="dialog"
      aria-label="Quét mã QR trên thẻ căn cước"
      className="camera-scan"
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <p>Đưa mã QR ở mặt trước thẻ căn cước vào giữa khung hình.</p>
      {error ? (
        <p role="alert" className="notice error">
          {error}
        </p>
      ) : (
        <video ref={video} muted playsInline aria-label="Hình ảnh từ camera" />
      )}
      <button type="button" className="secondary" onClick={onClose} autoFocus>
        Đóng camera
      </button>
    </div>
  );
}
