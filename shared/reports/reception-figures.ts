/**
 * Figures of the heads' reception schedule, sessions and dialogue conferences for one date range, as the
 * tally engine reads them (Biểu 01/TCD "số ngày tiếp" / "số kỳ tiếp", the dialogue sentence of the
 * narrative). Each figure carries the ids of the records behind it for drill-down.
 */
export interface CountedIds {
  count: number;
  ids: number[];
}

export interface ReceptionFigures {
  /** Days of the head's periodic and ad-hoc reception that were publicly announced (published). */
  announcedDays: { inPerson: CountedIds; delegated: CountedIds };
  /** Days on which a session of that kind was actually held. */
  heldDays: { inPerson: CountedIds; delegated: CountedIds };
  /** Sessions (kỳ tiếp) held, by kind. */
  sessions: { dinh_ky: CountedIds; dot_xuat: CountedIds; uy_quyen: CountedIds };
  /** Dialogue conferences (đối thoại) held. */
  dialogues: {
    count: number;
    attendees: number;
    opinions: number;
    answered: number;
    acceptedForFollowUp: number;
    ids: number[];
  };
}

/** Inclusive 'yyyy-mm-dd' dates. */
export interface DateRange {
  from: string;
  to: string;
}
