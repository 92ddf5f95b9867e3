import { describe, expect, it } from 'vitest';
import { PersonInput, type PersonView } from '../../../shared/contract/persons';
import { storedPersonInput } from './confidentiality';

describe('storedPersonInput', () => {
  it('turns a stored person into the input that saves it unchanged, display fields left out', () => {
    const stored: PersonView = {
      id: 7,
      fullName: 'Trần Thị Lan',
      gender: 'nu',
      birthYear: 1970,
      idType: 'cccd',
      idNumber: '001170012345',
      oldIdNumber: '012345678',
      phone: '0901234567',
      provinceCode: '01',
      communeCode: '00070',
      address: 'Thôn Đông',
      fullAddress: 'Thôn Đông, Phường Hoàn Kiếm, Thành phố Hà Nội',
    };
    const { id: _id, fullAddress: _fullAddress, ...saved } = stored;
    const input = storedPersonInput(stored);
    expect(input).toEqual(saved);
    expect(Object.keys(input)).toHaveLength(10);
    expect(PersonInput.parse(input)).toEqual(input);
  });
});
