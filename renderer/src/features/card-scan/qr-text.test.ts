import { describe, expect, it } from 'vitest';
import { cameraErrorMessage, qrText } from './qr-text';

describe('qrText', () => {
  it('decodes the UTF-8 bytes of a card payload, diacritics included', () => {
    const payload = '079090004321|Trần Văn Đức|15111990|Nam|Phường Bến Thành|01072025';
    expect(qrText([...new TextEncoder().encode(payload)])).toBe(payload);
  });

  it('turns bytes that are not UTF-8 into replacement characters, never a guess', () => {
    expect(qrText([0x54, 0xe2, 0x6e])).toBe('T\ufffdn');
  });
});

describe('cameraErrorMessage', () => {
  it.each([
    ['NotAllowedError', 'Ứng dụng không được phép dùng camera; hãy dùng máy quét hoặc nhập tay.'],
    ['NotFoundError', 'Không tìm thấy camera; hãy cắm camera rồi thử lại, hoặc dùng máy quét.'],
    ['NotReadableError', 'Camera đang được ứng dụng khác dùng; hãy đóng ứng dụng đó rồi thử lại.'],
    ['AbortError', 'Không mở được camera; hãy thử lại hoặc dùng máy quét.'],
  ])('%s', (name, message) => expect(cameraErrorMessage(name)).toBe(message));
});
