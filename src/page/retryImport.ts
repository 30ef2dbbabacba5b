/**
 * Trying a failed view download again. Browsers keep a failed dynamic import failed for the
 * life of the page, so the second try asks for the same file at a new address (the error
 * names it in Chromium and Firefox); where it does not, the import is simply tried again.
 */
export function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return /(https?:\/\/[^\s'"]+?\.m?js)\b/.exec(message)?.[1];
}

export function importAgain<T>(error: unknown, attempt: number, plain: () => Promise<T>): Promise<T> {
  const url = failedModuleUrl(error);
  return url ? (import(/* @vite-ignore */ `${url}?retry=${attempt}`) as Promise<T>) : plain();
}
