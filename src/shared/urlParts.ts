/** An address cut after each separator (`//` kept whole), the places a line may break it. */
export function urlParts(url: string): string[] {
  return url.match(/[^/.\-?&=#_]*(?:\/\/|[/.\-?&=#_]|$)/g)?.filter((part) => part !== '') ?? [url];
}
