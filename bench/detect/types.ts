/** Shapes shared between the in-page entries and the Node side. */
export type { BaselineResult } from './page-baseline';
export type { ScrollRun as ScrollRunResult } from './page-ours';
