/**
 * Numbers, dates and quantities (docs/rules.md, Numbers, dates and their hover): recognition with exact offsets,
 * and normalized values (the hover lines are features/numberHover.ts).
 */
export { recognizeNumbers, recognizeParagraphNumbers } from './recognize';
export type { NumberSentence, RecognizeOptions } from './recognize';
export { findDatelineDate } from './dates';
export { datelineDate } from './dateline';
export { structuredValue, numberSource } from './json';
export type { StructuredValue, NumberSource } from './json';
