/** `6h`, `30m`, `1d12h`, `90s`, `500ms` → milliseconds, and back for display. */
import { UsageError } from '../errors.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Largest unit first, for formatting. */
const DISPLAY_UNITS = ['w', 'd', 'h', 'm', 's', 'ms'];

export function parseDuration(text: string): number {
    const trimmed = text.trim().toLowerCase();
    const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/g)];
    const consumed = parts.map((p) => p[0]).join('');
    if (parts.length === 0 || consumed.replace(/\s/g, '') !== trimmed.replace(/\s/g, '')) {
        throw new UsageError(`expected a duration like 6h, 30m, 1d or 90s, got ${JSON.stringify(text)}`);
    }
    const ms = parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNIT_MS[unit!]!, 0);
    if (ms <= 0) throw new UsageError(`a duration must be positive, got ${JSON.stringify(text)}`);
    return Math.round(ms);
}

export function formatDuration(ms: number): string {
    let rest = Math.round(ms);
    const parts: string[] = [];
    for (const unit of DISPLAY_UNITS) {
        const size = UNIT_MS[unit]!;
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    return parts.join('') || '0ms';
}
