/** Browser and operating system, nothing finer: enough to recognize a device, too coarse to track one. */
export interface DeviceLabel {
  browser: string | null;
  os: string | null;
}

/** Longer agents are cut before matching; the tokens that matter come early. */
const maxUserAgentLength = 512;

// Order matters: Edge, Opera and Samsung Internet also say "Chrome", and Chrome also says "Safari".
const browsers: readonly (readonly [RegExp, string])[] = [
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\b(?:OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(?:Firefox|FxiOS)\//, 'Firefox'],
  [/\b(?:Chrome|CriOS|Chromium)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

// Android says "Linux"; iPadOS and iOS say "like Mac OS X".
const systems: readonly (readonly [RegExp, string])[] = [
  [/\bWindows\b/, 'Windows'],
  [/\bAndroid\b/, 'Android'],
  [/\b(?:iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

function firstMatch(text: string, table: readonly (readonly [RegExp, string])[]): string | null {
  for (const [pattern, name] of table) {
    if (pattern.test(text)) return name;
  }
  return null;
}

/** Names the browser and system of a `User-Agent` header; `null` for each part it cannot tell. */
export function parseDeviceLabel(userAgent: string | null): DeviceLabel {
  if (userAgent === null) return { browser: null, os: null };
  const text = userAgent.slice(0, maxUserAgentLength);
  return { browser: firstMatch(text, browsers), os: firstMatch(text, systems) };
}
