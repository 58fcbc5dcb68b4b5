import { describe, expect, it } from 'vitest';
import { isForbiddenAddress, mayConnect } from '../../../src/fetch/address-guard.js';

// Addresses are tested as values only: nothing here opens a connection.
describe('address guard', () => {
    it.each([
        ['169.254.169.254', 'cloud metadata (link-local)'],
        ['10.0.0.5', 'private 10/8'],
        ['172.16.3.4', 'private 172.16/12'],
        ['172.31.255.255', 'private 172.16/12 upper end'],
        ['192.168.1.1', 'private 192.168/16'],
        ['0.0.0.0', 'unspecified'],
        ['127.0.0.2', 'loopback'],
        ['::1', 'IPv6 loopback'],
        ['fd12:3456::1', 'IPv6 unique-local'],
        ['fe80::1', 'IPv6 link-local'],
        ['::ffff:169.254.169.254', 'IPv4-mapped metadata'],
        ['::ffff:10.1.2.3', 'IPv4-mapped private'],
        ['not-an-ip', 'garbage'],
    ])('refuses %s (%s) for a host the user did not name', (address) => {
        expect(isForbiddenAddress(address)).toBe(true);
        expect(mayConnect('policy.example', address, new Set(['other.example']))).toBe(false);
    });

    it.each(['93.184.216.34', '2606:4700:4700::1111', '172.32.0.1'])('allows public %s', (address) => {
        expect(mayConnect('policy.example', address, new Set())).toBe(true);
    });

    it('allows a private address when the user named that host or that address', () => {
        expect(mayConnect('127.0.0.1', '127.0.0.1', new Set(['127.0.0.1']))).toBe(true);
        expect(mayConnect('intranet.example', '10.0.0.7', new Set(['intranet.example']))).toBe(true);
        expect(mayConnect('localhost', '127.0.0.1', new Set(['127.0.0.1']))).toBe(true);
        expect(mayConnect('localhost', '::1', new Set(['127.0.0.1']))).toBe(false);
    });
});
