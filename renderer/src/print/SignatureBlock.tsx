import type { ReactNode } from 'react';

/** One signer: title in capitals, the hint in italics, room to sign, then the name. */
export interface Signer {
  title: ReactNode;
  hint: string;
  name: string | null;
}

function SignerCell({ signer }: { signer: Signer }) {
  return (
    <div>
      <p className="signer-title">{signer.title}</p>
      <p className="signer-hint">{signer.hint}</p>
      <p className="signer-name">{signer.name ?? ''}</p>
    </div>
  );
}

/** The signature row: two signers side by side, or recipients (Nơi nhận) left and one signer right. */
export function SignatureBlock({ left, right }: { left: Signer | ReactNode; right: Signer }) {
  return (
    <section className="signatures" aria-label="Chữ ký">
      {isSigner(left) ? <SignerCell signer={left} /> : left}
      <SignerCell signer={right} />
    </section>
  );
}

function isSigner(value: Signer | ReactNode): value is Signer {
  return typeof value === 'object' && value !== null && 'hint' in value && 'title' in value;
}

/** "Nơi nhận:" as NĐ 30/2020 sets it: bold italic heading, one recipient a line. */
export function Recipients({ lines }: { lines: string[] }) {
  return (
    <div className="recipients">
      <p className="recipients-title">Nơi nhận:</p>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
