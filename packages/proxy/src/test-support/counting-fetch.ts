export interface UpstreamCall {
  path: string;
  /** The full URL, query included: for collecting the secrets a test run used. */
  url: string;
  body: string | null;
}

export interface CountingFetch {
  fetch: typeof fetch;
  calls: UpstreamCall[];
  /** The AuthFlow paths called, in order. */
  readonly paths: string[];
}

/** Wraps `fetch` to count and record every call the proxy makes to AuthFlow. */
export function countingFetch(inner: typeof fetch = fetch): CountingFetch {
  const calls: UpstreamCall[] = [];
  return {
    calls,
    get paths() {
      return calls.map((call) => call.path);
    },
    fetch: (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      calls.push({
        path: new URL(url).pathname,
        url,
        body: typeof init?.body === 'string' ? init.body : null,
      });
      return inner(input, init);
    },
  };
}
