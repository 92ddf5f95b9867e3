/**
 * Reporting periods: parse and format CLI specs, resolve them to inclusive dates under a reporting regime,
 * "cùng kỳ", and the regime data. Pure functions on 'yyyy-mm-dd' strings.
 */
export * from './iso-date';
export * from './period-spec';
export * from './weeks';
export * from './resolve-period';
export * from './regimes';
export * from './same-period-last-year';
export * from './period-containing';
