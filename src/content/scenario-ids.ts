/** The four change scenarios, in the order the guide gives them. Kept apart from schema.ts so the app does not ship zod. */
export const SCENARIO_IDS = ['translating', 'trying-new', 'deepening', 'scaling-back'] as const;
