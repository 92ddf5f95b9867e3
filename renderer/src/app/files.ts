/** Reads a picked file as base64 (the renderer never handles paths). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve((typeof reader.result === 'string' ? reader.result : '').replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`Không đọc được tệp ${file.name}; hãy chọn lại.`));
    reader.readAsDataURL(file);
  });
}

/** Hands a downloaded file, sent by main as base64, to the browser (the browser fallback cannot write to drives). */
export function saveDownload(fileName: string, mime: string, contentBase64: string): void {
  saveBytes(
    fileName,
    mime,
    Uint8Array.from(atob(contentBase64), (char) => char.charCodeAt(0)),
  );
}

/** Hands bytes made in the window to the browser as a downloaded file. */
export function saveBytes(fileName: string, mime: string, bytes: Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
