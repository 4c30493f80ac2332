/*
 * The virtual modules served by scripts/content-plugin.ts. Each holds exactly what the matching
 * schema parsed, so these types are the schemas' output types, not a promise made by a cast.
 */
declare module 'virtual:content/ways' {
  const data: import('./schema.ts').WaysFileData;
  export default data;
}
declare module 'virtual:content/dimensions' {
  const data: import('./schema.ts').DimensionsFileData;
  export default data;
}
declare module 'virtual:content/goals' {
  const data: import('./schema.ts').StatementSet;
  export default data;
}
declare module 'virtual:content/outputs' {
  const data: import('./schema.ts').StatementSet;
  export default data;
}
declare module 'virtual:content/context' {
  const data: import('./schema.ts').ContextFile;
  export default data;
}
declare module 'virtual:content/pages' {
  const data: import('./schema.ts').Pages;
  export default data;
}
declare module 'virtual:content/wording' {
  const data: import('./schema.ts').Wording;
  export default data;
}
declare module 'virtual:content/readiness' {
  const data: import('./schema.ts').Readiness;
  export default data;
}
declare module 'virtual:content/principles' {
  const data: import('./schema.ts').Principles;
  export default data;
}
declare module 'virtual:content/review' {
  const data: import('./schema.ts').Review;
  export default data;
}
declare module 'virtual:content/about' {
  const data: import('./schema.ts').About;
  export default data;
}
declare module 'virtual:content/accessibility' {
  const data: import('./schema.ts').Accessibility;
  export default data;
}
declare module 'virtual:content/spectrum' {
  const data: import('./schema.ts').SpectrumWay[];
  export default data;
}
declare module 'virtual:content/start' {
  const data: Pick<import('./schema.ts').Pages, 'appName' | 'start'>;
  export default data;
}
