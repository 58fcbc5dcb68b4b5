/**
 * Order strings by UTF-16 code units, the same on every machine (`localeCompare` depends on the locale), so
 * lists, exports and index pages come out in one stable order everywhere.
 */
export function compareCodePoints(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
