/**
 * Tables printed as text rows (`地区 | 70岁以下(元/年) | 70岁及以上(元/年)` over `长春 | 1200 | 1320`): what each
 * header cell says about its column — the age bracket, the unit, or the place (`年龄段 | 北京 | 上海`) — and the bare
 * numbers in a data row that take their unit from it or from a caption above the table (`单位:元/月`).
 */
import type { RegionRef } from '../region/index.js';
import { periodBefore } from './cues.js';
import { findAges, type AgeMention } from './parse-age.js';
import { pastColumns } from './in-force.js';
import type { AmountMention } from './parse-amount.js';
import type { NumberMention } from './parse-number.js';

/** What a header cell says about its column. */
export interface Column {
    /** The header cell's text: names what the column holds (`划入标准`, `人均养老金`). */
    header: string;
    /** The age bracket the header names, if any. */
    age: AgeMention | null;
    /** The unit bare-number cells take: from the header (`(元/年)`, `(%)`), else from the table's caption. */
    unit: ColumnUnit | null;
    /** Where `unit` came from. */
    unitSource: 'column' | 'caption' | null;
    /** The place the header names when it is only a place (places across the header row). */
    region: RegionRef | null;
    /** The header marks the column's values as no longer in force (`原标准`, `调整前`, `改革前` beside `现行`). */
    superseded: boolean;
    /** The header names one bound of an age bracket (`年龄下限`, `截止年龄`): its cells are that bound, included. */
    ageBound: 'min' | 'max' | null;
}

export type ColumnUnit =
    | { kind: 'amount'; period: 'month' | 'year' | null }
    | { kind: 'rate' }
    | { kind: 'duration'; unit: 'workday' | 'day' };

/**
 * A cell that is a number or a range and nothing else, so its unit must come from the header, the caption, or a
 * unit cell right after it (`98 | 元/月`, `10 | 工作日`: open-data tables give the unit a column of its own).
 */
export type BareCell = (
    | ({ kind: 'amount' } & AmountMention)
    | ({ kind: 'rate' } & NumberMention)
    | ({ kind: 'duration'; unit: 'workday' | 'day' } & NumberMention)
) & {
    unitSource: 'column' | 'caption';
};

/** A cell that is only a unit, maybe with a note (`元/月`, `%(缴费基数)`, `工作日`), for the number cell before it. */
const UNIT_CELL = /^(?:元|[%％]|个?工作日|个?自然日|天|日)(?:[/每]|[(（]|$)/;
const DAYS_UNIT = /^个?(工作日|自然日|天|日)/;

/** Between the cells of a row (the line reader joins cells with ` | `; pasted tables use tabs). */
const CELL_SPLIT = /\s*[|｜\t]\s*/g;
const CELL_SEPARATOR = /[|｜\t]/g;
const BARE_NUMBER = /^(\d+(?:\.\d+)?)(?:\s*(?:~|～|-|－|—|至|到)\s*(\d+(?:\.\d+)?))?$/;
/**
 * A merged cell stating one number for every row or column it covers in words (`不分年龄,均为86`), or a bound for
 * them together (`合计不超过20`): that number.
 */
const STATED_FOR_ALL = /(?:均为|均是|都是|都为|统一为|一律为?|(?:合计|共计|总计|全程)?(?:不超过|不多于|最长))\s*(\d+(?:\.\d+)?)$/;
/** `(元)`, `(元/年)`, `/元`, `元/人/月`, `(万元)` in a header cell: a unit, not the 元 of 单元 or 元旦. */
const MONEY_UNIT = /(?:^|[(（/:：\s])(万)?元\s*(?:[/每]\s*(?:人\s*[/·]?\s*)?([年月]))?/;
const RATE_UNIT = /[%％]/;
/**
 * A header that names money without printing its unit: an amount (`划入金额`), or a credit per period (`每月划入标准`,
 * `年划入额`) — a share is never credited per month. Not a header about a ratio (`每月划入比例`).
 */
const MONEY_HEADER = /金额|[月年]\s*(?:划入|划拨|打入|返还|返款|计入|注入|返)/;
const RATIO_HEADER = /比例|比率|百分/;
/** `(工作日)`, `/天`, `单位:工作日` in a header cell or caption: a time limit's unit. */
const DAYS_HEADER_UNIT = /(?:^|[(（/:：\s])个?(工作日|自然日|天)/;

/** Header cells naming the lower or the upper bound of an age bracket (`年龄下限`, `起始年龄`; `年龄上限`, `最高年龄`). */
const AGE_MIN_HEADER = /年龄(?:下限|起点|最低|最小)|(?:起始|最低|最小)年龄/;
const AGE_MAX_HEADER = /年龄(?:上限|止点|最高|最大)|(?:截止|最高|最大)年龄/;

function ageBoundOf(header: string): Column['ageBound'] {
    if (AGE_MIN_HEADER.test(header)) return 'min';
    return AGE_MAX_HEADER.test(header) ? 'max' : null;
}

/**
 * The age bracket a data row gives in columns of age bounds (`某市 | | 69 | 94` under `地区 | 年龄下限 | 年龄上限 | 金额`):
 * each filled bound is kept in, a blank one leaves that end open; null when the table has no such columns.
 */
export function rowAgeBounds(row: string, columns: readonly Column[]): { ageMin: number | null; ageMax: number | null } | null {
    if (!columns.some((c) => c.ageBound)) return null;
    const bounds = { ageMin: null as number | null, ageMax: null as number | null };
    let column = missingLeadingCells(row, columns);
    for (const cell of row.split(CELL_SEPARATOR)) {
        const bound = columns[column]?.ageBound;
        const age = /^\s*(\d{2,3})\s*(?:周岁|岁)?\s*$/.exec(cell);
        if (bound && age) bounds[bound === 'min' ? 'ageMin' : 'ageMax'] = Number(age[1]);
        column += 1;
    }
    return bounds.ageMin === null && bounds.ageMax === null ? null : bounds;
}

/**
 * Reads each header cell of a table row; `captionUnit` (from `单位:元/月` above the table) serves columns whose
 * header gives none. `placeOf` tells whether a cell is only a place name.
 */
export function readColumns(
    cells: readonly string[],
    captionUnit: ColumnUnit | null,
    placeOf: (cell: string) => RegionRef | null,
): Column[] {
    const past = pastColumns(cells);
    return cells.map((header, i) => {
        const own = columnUnit(header) ?? (captionUnit ? null : moneyNamedBy(header));
        const unit = own ?? captionUnit;
        return {
            header,
            age: findAges(header)[0] ?? null,
            unit,
            unitSource: own ? 'column' : unit ? 'caption' : null,
            region: placeOf(header),
            superseded: past[i]!,
            ageBound: ageBoundOf(header),
        };
    });
}

/** The unit a header cell or a caption (`元/月`, `%`, `工作日`) gives, if any. */
export function columnUnit(header: string): ColumnUnit | null {
    const money = MONEY_UNIT.exec(header);
    // 万元 columns hold large sums (funds, budgets), never an account credit
    if (money) {
        if (money[1]) return null;
        return { kind: 'amount', period: money[2] === '年' ? 'year' : money[2] === '月' ? 'month' : periodBefore(header) };
    }
    if (RATE_UNIT.test(header)) return { kind: 'rate' };
    const days = DAYS_HEADER_UNIT.exec(header);
    return days ? { kind: 'duration', unit: days[1] === '工作日' ? 'workday' : 'day' } : null;
}

/** Money a header names without printing its unit (`划入金额`, `每月划入标准`), when no caption gives one. */
function moneyNamedBy(header: string): ColumnUnit | null {
    return MONEY_HEADER.test(header) && !RATIO_HEADER.test(header) ? { kind: 'amount', period: periodBefore(header) } : null;
}

/** True when some cell of the row is a bare number (or one stated for all, `均为86`): a data row, never a header. */
export function hasBareCell(cells: readonly string[]): boolean {
    return cells.some((cell) => BARE_NUMBER.test(cell) || STATED_FOR_ALL.test(cell));
}

/**
 * How many leading cells of the header a row lacks: a row whose first cell is blank continues the row above, and
 * a renderer that drops the blank cell leaves the row one cell short. Its cells line up from the right.
 */
export function missingLeadingCells(row: string, columns: readonly Column[]): number {
    const cells = (row.match(CELL_SEPARATOR)?.length ?? 0) + 1;
    return Math.max(0, columns.length - cells);
}

/** True when the row's first cell is blank (printed as a leading separator, or dropped): it continues the row above. */
export function continuesRowAbove(row: string, columns: readonly Column[]): boolean {
    return /^\s*[|｜\t]/.test(row) || missingLeadingCells(row, columns) > 0;
}

/**
 * The unit a row's label cell gives its figures (`月记入额(元/人) | 66 | —` under `指标 | 本月 | 累计`): a table of
 * indicators prints each row's unit beside its name, not over its columns. Only a first cell that is no number.
 */
function rowLabelUnit(row: string): ColumnUnit | null {
    const label = row.split(CELL_SEPARATOR, 1)[0]!.trim();
    if (!/[元%％日天]/.test(label) || BARE_NUMBER.test(label)) return null;
    return columnUnit(label);
}

/** The bare-number cells of a data row whose column or row label gives a unit, with their offsets in `row`. */
export function bareCells(row: string, columns: readonly Column[]): BareCell[] {
    const found: BareCell[] = [];
    let column = missingLeadingCells(row, columns);
    let start = 0;
    let rowUnit: ColumnUnit | null | undefined;
    for (const sep of [...row.matchAll(CELL_SPLIT), null]) {
        const end = sep ? sep.index : row.length;
        const cell = row.slice(start, end);
        const stated = STATED_FOR_ALL.exec(cell);
        const m = BARE_NUMBER.exec(cell) ?? stated;
        let { unit, unitSource } = columns[column] ?? {};
        if (m && !unit && start > 0) {
            rowUnit ??= rowLabelUnit(row);
            if (rowUnit) [unit, unitSource] = [rowUnit, 'column'];
        }
        if (m) {
            const at = stated === m ? start + m.index + m[0].length - m[1]!.length : start;
            const number = { value: Number(m[1]), valueMax: m[2] === undefined ? null : Number(m[2]), start: at, end };
            if (unit && unitSource) {
                found.push(
                    unit.kind === 'amount'
                        ? { kind: 'amount', ...number, periodAfter: unit.period, unitSource }
                        : unit.kind === 'duration'
                          ? { kind: 'duration', ...number, unit: unit.unit, unitSource }
                          : { kind: 'rate', ...number, unitSource },
                );
            } else if (sep && stated !== m) {
                const inNextCell = unitCell(row, sep.index + sep[0].length, number);
                if (inNextCell) found.push(inNextCell);
            }
        }
        column += 1;
        if (sep) start = sep.index + sep[0].length;
    }
    return found;
}

/** The number `number` with the unit the cell starting at `at` gives, when that cell is only a unit. */
function unitCell(row: string, at: number, number: NumberMention): BareCell | null {
    const cell = row.slice(at).split(CELL_SEPARATOR, 1)[0]!.trim();
    if (!UNIT_CELL.test(cell)) return null;
    const days = DAYS_UNIT.exec(cell);
    if (days) return { kind: 'duration', ...number, unit: days[1] === '工作日' ? 'workday' : 'day', unitSource: 'column' };
    const unit = columnUnit(cell);
    if (!unit || unit.kind === 'duration') return null;
    return unit.kind === 'amount'
        ? { kind: 'amount', ...number, periodAfter: unit.period, unitSource: 'column' }
        : { kind: 'rate', ...number, unitSource: 'column' };
}

/** The header of the column that the text at `offset` of a table row sits in. */
export function columnAt(row: string, offset: number, columns: readonly Column[]): Column | undefined {
    const before = row.slice(0, offset).match(CELL_SEPARATOR);
    return columns[(before ? before.length : 0) + missingLeadingCells(row, columns)];
}
