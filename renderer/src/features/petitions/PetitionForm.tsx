import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  CLASSIFICATION_LABELS,
  CLASSIFICATIONS,
  type Classification,
} from '../../../../shared/domain/classification';
import { toLocalDate } from '../../../../shared/domain/local-time';
import {
  FORM_SUBJECT_LABELS,
  FORM_SUBJECTS_BY_CLASSIFICATION,
  LEVELS_BY_CLASSIFICATION,
  PETITION_LEVEL_LABELS,
  PETITION_SOURCE_LABELS,
  PETITION_SOURCES,
  type FormSubject,
  type PetitionLevel,
  type PetitionSource,
} from '../../../../shared/domain/petitions';
import { EMPTY_SENDER, SenderFields, type SenderValues } from './SenderFields';
import { usePetitionAction } from './use-petitions';

function FieldError({ message }: { message: string | undefined }) {
  return message ? <span className="field-error">{message}</span> : null;
}

/** What the form holds; `senders` are the typed rows (blank rows are dropped on save). */
export interface PetitionFormValues {
  receivedOn: string;
  source: PetitionSource;
  sourceBody: string;
  isAnonymous: boolean;
  senders: SenderValues[];
  classification: Classification;
  formSubject: FormSubject;
  level: PetitionLevel | '';
  content: string;
  note: string;
}

export function emptyPetitionValues(): PetitionFormValues {
  return {
    receivedOn: toLocalDate(new Date()),
    source: 'buu_chinh',
    sourceBody: '',
    isAnonymous: false,
    senders: [EMPTY_SENDER],
    classification: 'khieu_nai',
    formSubject: FORM_SUBJECTS_BY_CLASSIFICATION.khieu_nai[0] ?? 'khac',
    level: 'lan_dau',
    content: '',
    note: '',
  };
}

/**
 * A petition's registry entry, keyboard first: focus starts on the date, Tab walks the fields, Enter
 * (outside the content box) saves, Esc goes back. New (`editId` null) or a correction of a saved one.
 */
export function PetitionForm({ initial, editId }: { initial: PetitionFormValues; editId: number | null }) {
  const navigate = useNavigate();
  const create = usePetitionAction('petitions:create');
  const update = usePetitionAction('petitions:update');
  const save = editId === null ? create : update;
  const back = editId === null ? '/don-thu' : `/don-thu/${editId}`;
  const [receivedOn, setReceivedOn] = useState(initial.receivedOn);
  const [source, setSource] = useState<PetitionSource>(initial.source);
  const [sourceBody, setSourceBody] = useState(initial.sourceBody);
  const [isAnonymous, setIsAnonymous] = useState(initial.isAnonymous);
  const [senders, setSenders] = useState<SenderValues[]>(initial.senders);
  const [classification, setClassification] = useState<Classification>(initial.classification);
  const [formSubject, setFormSubject] = useState<FormSubject>(initial.formSubject);
  const [level, setLevel] = useState<PetitionLevel | ''>(initial.level);
  const [content, setContent] = useState(initial.content);
  const [note, setNote] = useState(initial.note);
  const errors = save.fieldErrors;

  const changeClassification = (next: Classification) => {
    setClassification(next);
    setFormSubject(FORM_SUBJECTS_BY_CLASSIFICATION[next][0] ?? 'khac');
    setLevel(LEVELS_BY_CLASSIFICATION[next][0] ?? '');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const petition = {
      receivedOn,
      source,
      sourceBody,
      isAnonymous,
      senders: isAnonymous
        ? []
        : senders.filter((sender) =>
            [sender.fullName, sender.idNumber, sender.phone, sender.address].some((v) => v.trim() !== ''),
          ),
      classification,
      formSubject,
      level: level === '' ? null : level,
      content,
      note,
    };
    const saved = editId === null ? await create.run(petition) : await update.run({ id: editId, petition });
    if (saved) void navigate(`/don-thu/${saved.id}`);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') void navigate(back);
  };

  return (
    <>
      <form
        aria-label="Vào sổ đơn"
        className="petition-form"
        onSubmit={(event) => void submit(event)}
        onKeyDown={onKeyDown}
      >
        <div className="form-grid">
          <label className="field">
            <span>Ngày nhận đơn</span>
            <input
              type="date"
              autoFocus
              value={receivedOn}
              onChange={(event) => setReceivedOn(event.target.value)}
            />
            <FieldError message={errors['receivedOn']} />
          </label>
          <label className="field">
            <span>Nguồn đơn</span>
            <select value={source} onChange={(event) => setSource(event.target.value as PetitionSource)}>
              {PETITION_SOURCES.map((code) => (
                <option key={code} value={code}>
                  {PETITION_SOURCE_LABELS[code]}
                </option>
              ))}
            </select>
          </label>
          {source === 'co_quan_chuyen_den' && (
            <label className="field">
              <span>Cơ quan chuyển đến</span>
              <input value={sourceBody} onChange={(event) => setSourceBody(event.target.value)} />
              <FieldError message={errors['sourceBody']} />
            </label>
          )}
          <label className="field">
            <span>
              <input
                type="checkbox"
                checked={isAnonymous}
                onChange={(event) => setIsAnonymous(event.target.checked)}
              />{' '}
              Đơn nặc danh (không ghi tên người gửi)
            </span>
          </label>
        </div>
        {!isAnonymous &&
          senders.map((sender, index) => (
            <SenderFields
              key={index}
              index={index}
              value={sender}
              errors={errors}
              onChange={(value) => setSenders((list) => list.map((item, i) => (i === index ? value : item)))}
              onRemove={index === 0 ? null : () => setSenders((list) => list.filter((_, i) => i !== index))}
            />
          ))}
        {!isAnonymous && (
          <p>
            <button
              type="button"
              className="secondary"
              onClick={() => setSenders((list) => [...list, EMPTY_SENDER])}
            >
              Thêm người đứng đơn
            </button>
          </p>
        )}
        <FieldError message={errors['senders']} />
        <div className="form-grid">
          <label className="field">
            <span>Phân loại đơn</span>
            <select
              value={classification}
              onChange={(event) => changeClassification(event.target.value as Classification)}
            >
              {CLASSIFICATIONS.map((code) => (
                <option key={code} value={code}>
                  {CLASSIFICATION_LABELS[code]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Lĩnh vực (Biểu 02/XLD)</span>
            <select
              value={formSubject}
              onChange={(event) => setFormSubject(event.target.value as FormSubject)}
            >
              {FORM_SUBJECTS_BY_CLASSIFICATION[classification].map((code) => (
                <option key={code} value={code}>
                  {FORM_SUBJECT_LABELS[code]}
                </option>
              ))}
            </select>
            <FieldError message={errors['formSubject']} />
          </label>
          {LEVELS_BY_CLASSIFICATION[classification].length > 0 && (
            <label className="field">
              <span>Lần khiếu nại, tố cáo</span>
              <select value={level} onChange={(event) => setLevel(event.target.value as PetitionLevel)}>
                {LEVELS_BY_CLASSIFICATION[classification].map((code) => (
                  <option key={code} value={code}>
                    {PETITION_LEVEL_LABELS[code]}
                  </option>
                ))}
              </select>
              <FieldError message={errors['level']} />
            </label>
          )}
        </div>
        <label className="field field-wide">
          <span>Nội dung đơn</span>
          <textarea rows={4} value={content} onChange={(event) => setContent(event.target.value)} />
          <FieldError message={errors['content']} />
        </label>
        <label className="field field-wide">
          <span>Ghi chú</span>
          <input value={note} onChange={(event) => setNote(event.target.value)} />
        </label>
        {save.error && (
          <p role="alert" className="notice error">
            {save.error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" disabled={save.isBusy}>
            {editId === null ? 'Vào sổ' : 'Lưu thay đổi'}
          </button>
          <button type="button" className="secondary" onClick={() => void navigate(back)}>
            Hủy (Esc)
          </button>
        </div>
      </form>
    </>
  );
}
