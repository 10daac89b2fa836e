/** `baseUrl` (an origin, optionally with a path prefix, with or without a trailing slash) followed by `path`. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}
