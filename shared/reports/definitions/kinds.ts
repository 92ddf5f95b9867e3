import type { ReceptionKind } from '../../domain/classification';

/** The three places a reception can happen in Biểu 01/TCD. */
export const DESK: readonly ReceptionKind[] = ['thuong_xuyen'];
export const HEAD: readonly ReceptionKind[] = ['dinh_ky', 'dot_xuat'];
export const DELEGATED: readonly ReceptionKind[] = ['uy_quyen'];
