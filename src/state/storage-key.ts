/** Where answers are saved in the browser. Kept on its own so the start page can check for it without loading the store. */
export const STORAGE_KEY = 'ways-of-working:v1';
