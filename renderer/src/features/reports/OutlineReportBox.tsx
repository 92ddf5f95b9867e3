import { useState } from 'react';

/**
 * The written report under the Mẫu số 02 outline (Q1, 6 tháng, 9 tháng, năm): its text to copy into the
 * office's report, or to save as a .txt file.
 */
export function OutlineReportBox({ text, fileStem }: { text: string; fileStem: string }) {
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setCopied('ok'),
      () => setCopied('failed'),
    );
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileStem}-bao-cao-van-ban.txt`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section aria-labelledby="outline-title" className="outline-report">
      <h2 id="outline-title">Báo cáo bằng văn bản (theo đề cương Mẫu số 02)</h2>
      <textarea readOnly aria-label="Nội dung báo cáo bằng văn bản" value={text} rows={16} />
      <div className="actions">
        <button type="button" onClick={copy}>
          Sao chép báo cáo
        </button>
        <button type="button" onClick={download}>
          Lưu thành tệp .txt
        </button>
        {copied === 'ok' && <span role="status"> Đã sao chép.</span>}
        {copied === 'failed' && (
          <span role="alert"> Không sao chép được; hãy bấm vào khung, nhấn Ctrl+A rồi Ctrl+C.</span>
        )}
      </div>
    </section>
  );
}
