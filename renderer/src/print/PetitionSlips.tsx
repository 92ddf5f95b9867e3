import type { ReactNode } from 'react';
import type { PetitionDetail } from '../../../shared/contract/petitions';
import type { PrintSettings } from '../../../shared/contract/print';
import type { PetitionOutcome } from '../../../shared/domain/petitions';
import type { PrintKind } from '../../../shared/domain/print-documents';
import { DocumentHeader, documentNumber } from './DocumentHeader';
import { isSenderHidden, receivedSentence } from './petition-print-text';
import { PrintFrame } from './PrintFrame';
import { orBlank, upper } from './print-text';
import { Recipients, SignatureBlock } from './SignatureBlock';
import { usePetitionDocument } from './use-petition-document';

type SlipKind = Extract<PrintKind, 'petitionaccept' | 'petitionguide' | 'petitionforward'>;

/** The outcome each slip records; a slip for another outcome is refused with the reason. */
const SLIP_OUTCOME: Record<SlipKind, { outcome: PetitionOutcome; refusal: string }> = {
  petitionaccept: {
    outcome: 'thu_ly',
    refusal: 'Đơn này chưa được xử lý theo hướng đề xuất thụ lý, nên không lập phiếu đề xuất thụ lý.',
  },
  petitionguide: {
    outcome: 'huong_dan',
    refusal: 'Đơn này chưa được xử lý theo hướng hướng dẫn, nên không lập phiếu hướng dẫn.',
  },
  petitionforward: {
    outcome: 'chuyen_don',
    refusal: 'Đơn này chưa được xử lý theo hướng chuyển đơn, nên không lập phiếu chuyển đơn.',
  },
};

function PetitionSlip({
  kind,
  render,
}: {
  kind: SlipKind;
  render: (petition: PetitionDetail, settings: PrintSettings) => ReactNode;
}) {
  const { petitionId, petition, settings, error } = usePetitionDocument();
  const isReady = petition !== null && settings !== null;
  const expected = SLIP_OUTCOME[kind];
  const problem =
    error ?? (petition !== null && petition.outcome !== expected.outcome ? expected.refusal : null);
  return (
    <PrintFrame
      kind={kind}
      entityId={petitionId === null ? null : `petition-${petitionId}`}
      isReady={isReady}
      error={problem}
      rememberedPrinter={settings?.printers[kind] ?? ''}
    >
      {isReady && render(petition, settings)}
    </PrintFrame>
  );
}

const officeOf = (settings: PrintSettings) => settings.officeName || 'Bộ phận tiếp công dân';

/** Mẫu 01 (TT 05/2021): Phiếu đề xuất thụ lý đơn, from the officer to the head. */
export function PetitionAcceptPrint() {
  return (
    <PetitionSlip
      kind="petitionaccept"
      render={(petition, settings) => (
        <>
          <DocumentHeader
            settings={settings}
            number={null}
            date={petition.handledOn ?? petition.receivedOn}
          />
          <h2 className="doc-title">PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN</h2>
          <p className="doc-subtitle">
            Kính gửi: {orBlank(settings.headTitle)} {settings.headName}
          </p>
          <div className="doc-body">
            <p className="indent">{receivedSentence(petition, officeOf(settings))}</p>
            <p className="indent">Nội dung đơn: {petition.content}</p>
            <p className="indent">
              Sau khi nghiên cứu, xem xét, đơn đủ điều kiện xử lý và thuộc thẩm quyền giải quyết của{' '}
              {officeOf(settings)}. Đề xuất {settings.headTitle.toLocaleLowerCase('vi') || 'thủ trưởng'} thụ
              lý đơn để giải quyết theo quy định của pháp luật.
            </p>
          </div>
          <SignatureBlock
            left={{
              title: 'DUYỆT CỦA THỦ TRƯỞNG',
              hint: '(Ý kiến, ký, ghi rõ họ tên)',
              name: settings.headName,
            }}
            right={{ title: 'NGƯỜI ĐỀ XUẤT', hint: '(Ký, ghi rõ họ tên)', name: petition.handledByName }}
          />
        </>
      )}
    />
  );
}

/** Phiếu hướng dẫn: the citizen is told which body can settle a petition outside the office's competence. */
export function PetitionGuidePrint() {
  return (
    <PetitionSlip
      kind="petitionguide"
      render={(petition, settings) => {
        const hidden = isSenderHidden(petition) || petition.isAnonymous;
        const addressee = hidden
          ? 'Người gửi đơn'
          : petition.senders.map((p) => `Ông (bà) ${p.fullName}`).join(', ');
        return (
          <>
            <DocumentHeader
              settings={settings}
              number={documentNumber(null, 'PHD', settings)}
              date={petition.handledOn ?? petition.receivedOn}
            />
            <h2 className="doc-title">PHIẾU HƯỚNG DẪN</h2>
            <p className="doc-subtitle">Kính gửi: {addressee}</p>
            <div className="doc-body">
              <p className="indent">{receivedSentence(petition, officeOf(settings))}</p>
              <p className="indent">Nội dung đơn: {petition.content}</p>
              <p className="indent">
                Sau khi xem xét, nội dung đơn không thuộc thẩm quyền giải quyết của {officeOf(settings)}. Căn
                cứ quy định của pháp luật, đề nghị ông (bà) gửi đơn đến {orBlank(petition.forwardedTo)} để
                được xem xét, giải quyết theo thẩm quyền.
              </p>
            </div>
            <SignatureBlock
              left={<Recipients lines={['- Như trên;', '- Lưu: VT, hồ sơ.']} />}
              right={{
                title: upper(settings.headTitle),
                hint: '(Ký, ghi rõ họ tên, đóng dấu)',
                name: settings.headName,
              }}
            />
          </>
        );
      }}
    />
  );
}

/**
 * Phiếu chuyển đơn: Mẫu 03 (TT 05/2021) for a denunciation, the denouncer's identity kept secret; the
 * forwarding slip for a complaint, petition or feedback otherwise.
 */
export function PetitionForwardPrint() {
  return (
    <PetitionSlip
      kind="petitionforward"
      render={(petition, settings) => {
        const isDenunciation = petition.classification === 'to_cao';
        const target = orBlank(petition.forwardedTo);
        return (
          <>
            <DocumentHeader
              settings={settings}
              number={documentNumber(null, 'PC', settings)}
              date={petition.handledOn ?? petition.receivedOn}
            />
            <h2 className="doc-title">{isDenunciation ? 'PHIẾU CHUYỂN ĐƠN TỐ CÁO' : 'PHIẾU CHUYỂN ĐƠN'}</h2>
            <p className="doc-subtitle">Kính gửi: {target}</p>
            <div className="doc-body">
              <p className="indent">{receivedSentence(petition, officeOf(settings))}</p>
              <p className="indent">Nội dung đơn: {petition.content}</p>
              <p className="indent">
                Sau khi xem xét nội dung đơn, căn cứ quy định của pháp luật, {officeOf(settings)} chuyển đơn
                đến {target} để xem xét, giải quyết theo thẩm quyền.
              </p>
              {isDenunciation && (
                <p className="indent">
                  Đề nghị {target} giữ bí mật họ tên, địa chỉ, bút tích và các thông tin cá nhân khác của
                  người tố cáo theo quy định của Luật Tố cáo.
                </p>
              )}
            </div>
            <SignatureBlock
              left={
                <Recipients
                  lines={[
                    '- Như trên;',
                    isDenunciation || petition.isAnonymous
                      ? '- Lưu: VT, hồ sơ.'
                      : '- Người gửi đơn (để biết);',
                    ...(isDenunciation || petition.isAnonymous ? [] : ['- Lưu: VT, hồ sơ.']),
                  ]}
                />
              }
              right={{
                title: upper(settings.headTitle),
                hint: '(Ký, ghi rõ họ tên, đóng dấu)',
                name: settings.headName,
              }}
            />
          </>
        );
      }}
    />
  );
}
