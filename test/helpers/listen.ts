import type { AddressInfo, Server } from 'node:net';

/** Starts `server` on `host` (loopback by default) and resolves with the port it got; rejects if it cannot bind. */
export async function listen(server: Server, port = 0, host = '127.0.0.1'): Promise<number> {
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
    });
    return (server.address() as AddressInfo).port;
}
