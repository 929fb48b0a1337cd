/**
 * Numbers, dates and quantities (spec/entities-and-numbers.md): recognition with exact offsets,
 * normalized values, and the hover lines.
 */
export { recognizeNumbers } from './recognize';
export type { RecognizeOptions } from './recognize';
export { describeNumber } from './describe';
export { findDatelineDate } from './dates';
export { datelineDate } from './dateline';
export { describeNumberInArticle, sourcingLine } from './hover';
export { structuredValue, numberSource } from './json';
export type { StructuredValue, NumberSource } from './json';
