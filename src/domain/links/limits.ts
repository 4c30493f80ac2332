/*
 * The sizes every link format is built for, in one small module with no imports, so code that
 * only needs a limit (the saved-state cleaner) does not pull in the link formats themselves.
 * Names are counted in UTF-16 units.
 */

/** A result link: each service's name, and the most statements and situation questions it is sized for (far above today's content). */
export const MAX_SERVICE_NAME = 40;
export const MAX_PICKS = 60;
export const MAX_QUESTIONS = 20;

/** A plan link: how many activities, and the longest name of one. */
export const MAX_ACTIVITIES = 8;
export const MAX_ACTIVITY_NAME = 80;

/** A group link: how many people, the longest participant name, and the longest session or facilitator name. */
export const MAX_PARTICIPANTS = 250;
export const MAX_PARTICIPANT_NAME = 40;
export const MAX_SESSION_NAME = 80;

/** A show of hands: the largest room it counts. */
export const MAX_ROOM = 999;

/** A workshop's join link: the workshop's name, and where results go. */
export const MAX_WORKSHOP_NAME = 80;
export const MAX_DESTINATION = 120;
