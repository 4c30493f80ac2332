/**
 * The four ways, in the guide's order from least to most commitment. The order is meaningful.
 * Kept apart from schema.ts so the app can use it without shipping zod's content schemas.
 */
export const WAY_IDS = ['networking', 'cooperation', 'coordination', 'partnership'] as const;
