import { useFormContext, useWatch } from 'react-hook-form';
import type { AddressCandidate } from '../../../../shared/contract/reference';
import { GENDER_LABELS, ID_TYPE_LABELS } from '../../../../shared/domain/classification';
import { AddressCandidates } from './AddressCandidates';
import { LabelText, optionsOf, SelectField, TextField, type IntakePath } from './Fields';
import type { IdWarning } from './id-checks';
import { IdCheckNotes } from './IdCheckNotes';
import type { IntakeValues } from './intake-values';
import { useCommunes, useProvinces } from './use-reference-data';
import { useResolveAddress } from './use-resolve-address';

interface PersonFieldsProps {
  prefix: 'person' | `representatives.${number}`;
  /** Heard after each label by screen readers, to tell a representative's fields from the citizen's. */
  who?: string;
  serverWarnings: IdWarning[];
}

const GENDER_OPTIONS = optionsOf(GENDER_LABELS);
const ID_TYPE_OPTIONS = optionsOf(ID_TYPE_LABELS);

/** One citizen's fields: name, gender, birth year, ID (checked live), phone and address. */
export function PersonFields({ prefix, who, serverWarnings }: PersonFieldsProps) {
  const { getValues, setValue } = useFormContext<IntakeValues>();
  const path = (field: string) => `${prefix}.${field}` as IntakePath;
  const [provinceCode, addressLine] = useWatch<IntakeValues>({
    name: [path('provinceCode'), path('address')],
  }) as [string, string];
  const provinces = useProvinces();
  const communes = useCommunes(provinceCode);
  const address = useResolveAddress();

  // An offer is for the line it was made for: gone once the line changes or the form is cleared.
  const offered = addressLine.trim() === address.text ? address.candidates : [];
  const onAddressBlur = () => {
    const line = getValues(path('address')) as string;
    if (line.trim() !== '' && getValues(path('communeCode')) === '') void address.resolve(line);
  };
  const pick = (candidate: AddressCandidate) => {
    setValue(path('provinceCode'), candidate.provinceCode, { shouldDirty: true });
    setValue(path('communeCode'), candidate.communeCode ?? '', { shouldDirty: true });
    address.dismiss();
  };

  return (
    <div className="person-fields">
      <TextField
        name={path('fullName')}
        label={<LabelText text="Họ và tên" hidden={who} />}
        className="span-2"
      />
      <SelectField
        name={path('gender')}
        label={<LabelText text="Giới tính" hidden={who} />}
        options={GENDER_OPTIONS}
        blank=""
      />
      <TextField
        name={path('birthYear')}
        label={<LabelText text="Năm sinh" hidden={who} />}
        type="number"
        inputMode="numeric"
        min={1900}
        max={2100}
      />
      <SelectField
        name={path('idType')}
        label={<LabelText text="Loại giấy tờ" hidden={who} />}
        options={ID_TYPE_OPTIONS}
        blank="Nhận biết theo số"
      />
      <TextField
        name={path('idNumber')}
        label={<LabelText text="Số giấy tờ (CCCD, CMND, hộ chiếu)" hidden={who} />}
        className="span-2"
      />
      <TextField
        name={path('oldIdNumber')}
        label={<LabelText text="Số CMND cũ" hidden={who} />}
        inputMode="numeric"
      />
      <TextField
        name={path('phone')}
        label={<LabelText text="Số điện thoại" hidden={who} />}
        type="tel"
        inputMode="tel"
      />
      <IdCheckNotes prefix={prefix} serverWarnings={serverWarnings} />
      <SelectField
        name={path('provinceCode')}
        label={<LabelText text="Tỉnh/thành phố" hidden={who} />}
        options={provinces.map((unit) => ({ value: unit.code, label: unit.name }))}
        blank="— Chọn tỉnh, thành phố —"
        className="span-2"
        onPicked={() => setValue(path('communeCode'), '', { shouldDirty: true })}
      />
      <SelectField
        name={path('communeCode')}
        label={<LabelText text="Xã/phường/đặc khu" hidden={who} />}
        options={communes.map((unit) => ({ value: unit.code, label: unit.name }))}
        blank={provinceCode === '' ? '— Chọn tỉnh trước —' : '— Chọn xã, phường —'}
        className="span-2"
      />
      <TextField
        name={path('address')}
        label={<LabelText text="Địa chỉ" hidden={who} />}
        className="field-wide"
        placeholder="Số nhà, đường, thôn/tổ; hoặc địa chỉ cũ như trên giấy tờ"
        onBlur={onAddressBlur}
      />
      <AddressCandidates text={address.text} candidates={offered} onPick={pick} onDismiss={address.dismiss} />
    </div>
  );
}
