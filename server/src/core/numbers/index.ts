/**
 * Numbers, dates and quantities (docs/rules.md, Numbers, dates and their hover): recognition with exact offsets,
 * and normalized values (the hover lines are features/numberHover.ts).
 */
export { recognizeNumbers } from './recognize';
export type { RecognizeOptions } from './recognize';
export { findDatelineDate } from './dates';
export { datelineDate } from './dateline';
export { structuredValue, numberSource } from './json';
export type { StructuredValue, NumberSource } from './json';
