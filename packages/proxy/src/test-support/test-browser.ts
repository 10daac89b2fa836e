import { defaultProxyBasePath, type ProxyEndpointId, proxyEndpoints } from '@authflow-ui/contract';
import { appOrigin } from './browser-request.js';

export interface BrowserAnswer {
  status: number;
  headers: Headers;
  body: unknown;
  /** The raw text, for scanning. */
  text: string;
}

/**
 * A browser as the proxy sees it: sends the kit's headers from an allowed origin and keeps the
 * cookies the proxy sets (and drops the ones it clears), like a cookie jar would.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  /** Every `Set-Cookie` received, for attribute checks. */
  readonly setCookies: string[] = [];
  /** Every answer text received, for scanning for secrets. */
  readonly texts: string[] = [];

  constructor(
    private readonly proxyUrl: string,
    private readonly origin: string = appOrigin,
    /** Sent as `User-Agent` when given. */
    private readonly userAgent?: string,
  ) {}

  async post(endpoint: ProxyEndpointId, body: unknown = {}): Promise<BrowserAnswer> {
    const headers: Record<string, string> = {
      origin: this.origin,
      'x-authflow-ui': '1',
      'content-type': 'application/json',
    };
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (cookie !== '') headers.cookie = cookie;
    if (this.userAgent !== undefined) headers['user-agent'] = this.userAgent;
    const response = await fetch(`${this.proxyUrl}${defaultProxyBasePath}${proxyEndpoints[endpoint].path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      this.setCookies.push(setCookie);
      const [pair = ''] = setCookie.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      if (/max-age=0/i.test(setCookie) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    this.texts.push(text);
    return {
      status: response.status,
      headers: response.headers,
      body: text === '' ? null : JSON.parse(text),
      text,
    };
  }

  /** Another browser that has stolen or guessed nothing: same proxy, empty cookie jar. */
  stranger(): TestBrowser {
    return new TestBrowser(this.proxyUrl, this.origin);
  }
}
