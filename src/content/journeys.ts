/** The two ways into the questionnaire: by goal statements, or by the results wanted. Kept apart from schema.ts so the app does not ship zod. */
export const JOURNEYS = ['goal', 'outputs'] as const;
