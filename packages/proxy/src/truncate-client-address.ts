const ipv4Pattern = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const ipv6Group = /^[0-9a-f]{1,4}$/i;

function ipv4Network(address: string): string | null {
  const octets = ipv4Pattern.exec(address)?.slice(1).map(Number);
  if (octets === undefined || octets.some((octet) => octet > 255)) return null;
  return `${octets.slice(0, 3).join('.')}.0/24`;
}

/** The eight groups of an IPv6 address, with `::` expanded; `null` when it is not one. */
function ipv6Groups(address: string): string[] | null {
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const [head = '', tail] = halves;
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array<string>(missing).fill('0'), ...right];
  return groups.every((group) => ipv6Group.test(group)) ? groups : null;
}

/**
 * The network a client address belongs to: `/24` for IPv4, `/48` for IPv6. Enough for a person
 * to recognize "home" or "office", not the address itself. `null` when it is not an IP address.
 */
export function truncateClientAddress(address: string): string | null {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped !== undefined) return ipv4Network(mapped);
  if (address.includes('.')) return ipv4Network(address);
  const groups = ipv6Groups(address.split('%')[0] ?? address);
  if (groups === null) return null;
  const network = groups.slice(0, 3).map((group) => Number.parseInt(group, 16).toString(16));
  return `${network.join(':')}::/48`;
}
