import ways from 'virtual:content/ways';
import dimensions from 'virtual:content/dimensions';
import goals from 'virtual:content/goals';
import outputs from 'virtual:content/outputs';
import context from 'virtual:content/context';
import pages from 'virtual:content/pages';
import wording from 'virtual:content/wording';
import type { Content } from './schema.ts';

/*
 * The content the questionnaire, results and workshop run on: exactly what the schemas parsed
 * at build time (scripts/content-plugin.ts). Pages that need only part of it (the start page,
 * About, readiness, review) import their own virtual module instead, so the first page stays small.
 */
export const content: Content = { ways: ways.ways, dimensions: dimensions.dimensions, goals, outputs, context, pages, wording };
