import { useState } from 'react';

/** The paragraph upstream reports quote, with a copy button. */
export function NarrativeBox({ text }: { text: string }) {
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setCopied('ok'),
      () => setCopied('failed'),
    );
  };
  return (
    <section aria-labelledby="narrative-title" className="narrative">
      <h2 id="narrative-title">Đoạn văn tổng hợp</h2>
      <p className="narrative-text">{text}</p>
      <button type="button" onClick={copy}>
        Sao chép đoạn văn
      </button>
      {copied === 'ok' && <span role="status"> Đã sao chép.</span>}
      {copied === 'failed' && (
        <span role="alert"> Không sao chép được; hãy bôi đen đoạn văn rồi nhấn Ctrl+C.</span>
      )}
    </section>
  );
}
