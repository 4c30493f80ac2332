/** The full address of a shared result: this page's address with the result's route in the hash. */
export function shareUrl(code: string): string {
  return `${location.origin}${location.pathname}#/r/${code}`;
}
