/**
 * ioredis leaves a client told to disconnect while it waits to reconnect (status `reconnecting`, its socket gone,
 * a retry timer pending) in that state for good: `disconnect()` clears the timer, but with no socket left to close
 * no `close` event follows, so the client never reaches `end` and the commands queued for the reconnect never
 * settle. BullMQ's `Worker.close()` waits for exactly that `end` on its blocking connection, then for the blocking
 * command queued on it (taskforcesh/bullmq#4656, fix not released): a worker stopped during a Redis outage, or in
 * the second or two after one while its connections wait to reconnect, never exited.
 *
 * The fix is the one ioredis already applies to a client that never connected (status `wait`): end it at once
 * and reject its queued commands with "Connection is closed". It lives here, around ioredis' own method, because
 * the client in question is created inside BullMQ and is not reachable through its API.
 */
import { Redis } from 'ioredis';

let installed = false;

/** Make `disconnect()` of a reconnecting ioredis client end it, in this process. Idempotent. */
export function endClientsDisconnectedWhileReconnecting(): void {
    if (installed) return;
    installed = true;
    const disconnect = Redis.prototype.disconnect;
    Redis.prototype.disconnect = function (this: Redis, reconnect = false) {
        // `wait` sends ioredis down its path for a client without a socket: status `end`, queued commands rejected.
        if (!reconnect && this.status === 'reconnecting') this.status = 'wait';
        return disconnect.call(this, reconnect);
    };
}
