/**
 * The text of a QR code's bytes. CCCD codes carry UTF-8 (names and addresses with diacritics); a code in
 * another encoding decodes with replacement characters, which the payload parser then refuses.
 */
export function qrText(bytes: readonly number[]): string {
  return new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
}

/** Vietnamese message for a camera that could not be opened, by the DOMException name. */
export function cameraErrorMessage(name: string): string {
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'Ứng dụng không được phép dùng camera; hãy dùng máy quét hoặc nhập tay.';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return 'Không tìm thấy camera; hãy cắm camera rồi thử lại, hoặc dùng máy quét.';
  }
  if (name === 'NotReadableError') {
    return 'Camera đang được ứng dụng khác dùng; hãy đóng ứng dụng đó rồi thử lại.';
  }
  return 'Không mở được camera; hãy thử lại hoặc dùng máy quét.';
}
