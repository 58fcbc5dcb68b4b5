/**
 * Refuses connections to addresses a crawl must not reach (cloud metadata, private networks), unless the
 * user named that host or address. Checked on the *resolved* address at connect time, so a public name that
 * resolves to 169.254.169.254 is refused too.
 */
import ipaddr from 'ipaddr.js';

/** ipaddr.js ranges that are not the public internet. */
const FORBIDDEN_RANGES = new Set([
    'unspecified',
    'broadcast',
    'multicast',
    'linkLocal',
    'loopback',
    'private',
    'uniqueLocal',
    'carrierGradeNat',
    'reserved',
    'benchmarking',
    'amt',
    'as112',
    'as112v6',
    'deprecated',
    'orchid2',
    'droneRemoteIdProtocolEntityTags',
    'ipv4Mapped',
    'rfc6145',
    'rfc6052',
    '6to4',
    'teredo',
]);

/** The range name ipaddr.js gives an address, looking through IPv4-mapped IPv6 (::ffff:10.0.0.1). */
export function addressRange(address: string): string {
    let parsed = ipaddr.parse(address);
    if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
        parsed = (parsed as ipaddr.IPv6).toIPv4Address();
    }
    return parsed.range();
}

/** True when connecting to `address` could reach something other than the public internet. */
export function isForbiddenAddress(address: string): boolean {
    if (!ipaddr.isValid(address)) return true;
    return FORBIDDEN_RANGES.has(addressRange(address));
}

/**
 * Whether a connection to `address` (resolved from `hostname`) may go ahead. `namedHosts` holds the hosts
 * and addresses the user started the crawl on or allowed (`--allow-host`), without ports.
 */
export function mayConnect(hostname: string, address: string, namedHosts: ReadonlySet<string>): boolean {
    if (namedHosts.has(hostname.toLowerCase()) || namedHosts.has(address)) return true;
    return !isForbiddenAddress(address);
}
