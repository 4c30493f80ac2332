/*
 * Loading the next page's code ahead of time (on idle, or when Continue is about to be pressed),
 * so going there paints at once. The app, which knows every page, provides the loader.
 */
let preloader: (path: string) => void = () => undefined;

export function setPreloader(load: (path: string) => void) {
  preloader = load;
}

/** Starts loading the code of the page at an address (relative to the tool's folder). */
export function preloadNext(path: string) {
  preloader(path);
}
