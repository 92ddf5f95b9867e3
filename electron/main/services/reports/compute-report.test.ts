import { describe, expect, it } from 'vitest';
import type { ReportDefinition } from '../../../../shared/reports/definition-types';
import { computeReport, type LoadedSources } from './compute-report';
import { defineMeasure, registerMeasure } from './measure-registry';
import { mergeFilters } from './measure-filter';

const PETITIONS = { name: 'petitions-test', load: () => Promise.resolve({ khieu_nai: 7, to_cao: 3 }) };
registerMeasure(
  'petitions-test.count',
  defineMeasure(
    PETITIONS,
    (data: { khieu_nai: number; to_cao: number }, filter) =>
      (filter.classifications ?? ['khieu_nai', 'to_cao']).reduce(
        (sum, code) => sum + (code === 'khieu_nai' ? data.khieu_nai : code === 'to_cao' ? data.to_cao : 0),
        0,
      ),
    () => Promise.resolve({ kind: 'petitions', ids: [] }),
  ),
);

/** A form nobody coded for: a registered measure, a formula column and a row identity, all as data. */
const REVISED: ReportDefinition = {
  id: 'bieu-thu',
  version: 'tt99-2030',
  regimes: ['tt06-2025'],
  effectiveFrom: '2030-01-01',
  effectiveTo: null,
  formCode: 'Biểu số 99/THU',
  title: 'BIỂU THỬ',
  header: [[{ text: 'Nội dung', colSpan: 1, rowSpan: 1 }]],
  columns: [
    { key: '1', formula: '2+3' },
    { key: '2', measure: 'petitions-test.count', filter: { classifications: ['khieu_nai'] } },
    { key: '3', measure: 'petitions-test.count', filter: { classifications: ['to_cao'] } },
  ],
  rows: [
    { key: 'kn', label: 'Khiếu nại', filter: { classifications: ['khieu_nai'] } },
    { key: 'tc', label: 'Tố cáo', filter: { classifications: ['to_cao'] } },
    { key: 'tong', label: 'Tổng', isTotal: true },
  ],
  identities: ['1 = 2+3'],
  rowIdentities: [{ rowKey: 'tong', rows: ['kn', 'tc'] }],
  notes: [],
};

describe('computeReport', () => {
  it('computes a form added as data: measures by name, formulas, identities by column and by row', () => {
    const loaded: LoadedSources = new Map([['petitions-test', { khieu_nai: 7, to_cao: 3 }]]);
    const period = { spec: '2030-H1', from: '2029-12-15', to: '2030-06-14', label: '6 tháng đầu năm 2030' };
    const table = computeReport(REVISED, loaded, { regime: 'tt06-2025', period, officeName: 'X' });
    expect(table.rows.map((row) => [row.key, row.values])).toEqual([
      ['kn', { '1': 7, '2': 7, '3': 0 }],
      ['tc', { '1': 3, '2': 0, '3': 3 }],
      ['tong', { '1': 10, '2': 7, '3': 3 }],
    ]);
    expect(table.identities.every((check) => check.holds)).toBe(true);
    expect(table.identities.map((check) => check.expression)).toEqual([
      '1 = 2+3',
      '1 = 2+3',
      '1 = 2+3',
      'Cột 1: Tổng = Khiếu nại + Tố cáo',
      'Cột 2: Tổng = Khiếu nại + Tố cáo',
      'Cột 3: Tổng = Khiếu nại + Tố cáo',
    ]);
  });

  it('reports an identity that does not hold', () => {
    const broken: ReportDefinition = { ...REVISED, identities: ['2 = 3'] };
    const loaded: LoadedSources = new Map([['petitions-test', { khieu_nai: 7, to_cao: 3 }]]);
    const period = { spec: '2030-H1', from: '2029-12-15', to: '2030-06-14', label: '' };
    const table = computeReport(broken, loaded, { regime: 'tt06-2025', period, officeName: '' });
    expect(table.identities.filter((check) => !check.holds)).toEqual([
      { rowKey: 'kn', expression: '2 = 3', left: 7, right: 0, holds: false },
      { rowKey: 'tc', expression: '2 = 3', left: 0, right: 3, holds: false },
      { rowKey: 'tong', expression: '2 = 3', left: 7, right: 3, holds: false },
    ]);
  });
});

describe('mergeFilters', () => {
  it('intersects lists, keeps agreeing flags and gives null for a contradiction', () => {
    expect(
      mergeFilters(
        { receptionKinds: ['dinh_ky', 'dot_xuat'] },
        { receptionKinds: ['dot_xuat'], group: true },
      ),
    ).toEqual({
      receptionKinds: ['dot_xuat'],
      group: true,
    });
    expect(mergeFilters({ group: true }, { group: false })).toBeNull();
    expect(mergeFilters(undefined, { order: 'first' })).toEqual({ order: 'first' });
  });
});
