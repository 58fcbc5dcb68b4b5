/**
 * Reading task and channel off a label, heading, title or step with the cue tables in `vocab.ts`.
 */
import type { Channel, Task } from '../../src/claims/schema.js';
import {
    ARROW,
    CHANNEL_CUES,
    COUNTER_IN_HOSPITAL,
    FOR_EXAMPLE,
    KIOSK_AT_BANK,
    KIOSK_AT_PLACE,
    OFFICE_COUNTER,
    STAFFED_COUNTER,
    TASK_CUES,
    WEAK_QUERY_CUE,
    type Cue,
} from './vocab.js';

/** A task read from a text; `strong` is false when only a bare query verb (`查询`) named it. */
export interface TaskCue {
    task: Task;
    strong: boolean;
}

/** Text with bracketed asides removed: `(如佛山市)`, `(初始密码通常为…)` name no channel or place of the step. */
export function withoutAsides(text: string): string {
    return text.replace(/[(（][^()（）]*[)）]/g, '');
}

function earliest<T extends string>(text: string, cues: readonly Cue<T>[]): { value: T; at: number }[] {
    const found: { value: T; at: number }[] = [];
    for (const cue of cues) {
        const m = cue.pattern.exec(text);
        if (m) found.push({ value: cue.value, at: m.index });
    }
    return found.sort((a, b) => a.at - b.at);
}

/** The task a text names (earliest strong cue), else a weak query cue, else null. */
export function taskIn(text: string): Readonly<TaskCue> | null {
    return remembered(tasksByText, text, readTask);
}

function readTask(text: string): Readonly<TaskCue> | null {
    const strong = ANY_TASK.test(text) ? earliest(text, TASK_CUES)[0] : undefined;
    if (strong) return Object.freeze({ task: strong.value, strong: true });
    return WEAK_QUERY_CUE.pattern.test(text) ? Object.freeze({ task: WEAK_QUERY_CUE.value, strong: false }) : null;
}

/** Every task a text names strongly, in text order (`开通共济并查余额` names two). */
export function tasksIn(text: string): Task[] {
    return ANY_TASK.test(text) ? earliest(text, TASK_CUES).map((cue) => cue.value) : [];
}

/**
 * Answers for texts read lately: the block walk asks about the same labels and steps once per block it closes
 * or resolves, and a site's pages repeat their labels. The answers are frozen, so callers share them.
 */
const MAX_REMEMBERED_TEXTS = 4096;
const tasksByText = new Map<string, Readonly<TaskCue> | null>();
const channelsByText = new Map<string, readonly Channel[]>();

function remembered<T>(answers: Map<string, T>, text: string, read: (text: string) => T): T {
    let answer = answers.get(text);
    if (answer === undefined) {
        answer = read(text);
        if (answers.size >= MAX_REMEMBERED_TEXTS) answers.clear();
        answers.set(text, answer);
    }
    return answer;
}

/** Any channel (task) cue at all: one pass that spares most texts the cue-by-cue search. */
const ANY_CHANNEL = new RegExp(CHANNEL_CUES.map((c) => c.pattern.source).join('|'));
const ANY_TASK = new RegExp(TASK_CUES.map((c) => c.pattern.source).join('|'));

/** True when `text` names some channel, asides included (a cheap test before `channelsIn`). */
export function mayNameChannel(text: string): boolean {
    return ANY_CHANNEL.test(text);
}

/**
 * The ways a page's title names; an app's version history titled with the app's name (`某某 版本更新记录`, `某某
 * 更新日志`, `历史版本 - 某某`), naming no way, is the app's own page, so its app is the way. A bare `版本更新说明`
 * names no app. So is a screen of a local insurance service titled with its name (`某地医保 · 消息中心`): the page
 * is the app's own screen, its menus the app's.
 */
export function channelsOfTitle(title: string): readonly Channel[] {
    const named = channelsIn(title);
    if (named.length > 0) return named;
    if (RELEASE_NOTES.test(title)) return title.replace(RELEASE_NOTES, '').replace(TITLE_SEPARATORS, '').length >= 2 ? APP_ONLY : named;
    const screen = APP_SCREEN.exec(title);
    return screen && INSURANCE_SERVICE_NAME.test(title.slice(0, screen.index).replace(TITLE_SEPARATORS, '')) ? APP_ONLY : named;
}

const RELEASE_NOTES = /版本(?:更新|历史|记录|日志|说明|介绍)+|更新(?:日志|记录)|历史版本|release\s*notes|change\s*log|what'?s\s*new/i;
const TITLE_SEPARATORS = /[\s\-–—·|_:：()（）]/g;
const APP_ONLY: readonly Channel[] = Object.freeze(['app']);

/** A title's last part naming an app's screen (`· 消息中心`, `- 我的`), after a separator. */
const APP_SCREEN = /[\s\-–—·|_]+(?:消息中心|我的消息|消息|通知中心|个人中心|我的|首页)\s*$/;
/** A service's own name: a place's insurance service (`某地医保`, `某省人社`), nothing else before it. */
const INSURANCE_SERVICE_NAME = /^[\u4e00-\u9fff]{2,6}(?:医保|社保|人社|医疗保障)$/;

/**
 * `搜索“某某医保服务平台”`, `点击“办事大厅”`: what one searches for or picks inside the app at hand is a search term or a
 * menu, not a second channel, wherever on the screen the step says it is (`点底部菜单“…”`, `点击右下角的“…”`).
 */
const SEARCH_TERM = /((?:搜索|点击|点选|点|选择|进入)[^,，。;；:：“"「”"」]{0,6}?)\s*[“"「][^”"」]{1,20}[”"」]/g;

/**
 * `用微信扫码登录`, `支付宝实名登录`: an app named as the way to log in to the site or app at hand is not its channel.
 */
const LOGIN_BY = /(?:微信|支付宝)(?:APP|App|app)?(?:扫码|扫一扫|扫描二维码)?(?:实名|授权)?(?:登录|登陆)/g;

/**
 * Distinct channels a text names, in order of first mention, asides and search terms ignored; a bank's counter
 * is the bank, a kiosk standing in a hospital or hall is the kiosk, and a window in a hospital is the hospital.
 */
export function channelsIn(text: string): readonly Channel[] {
    if (!ANY_CHANNEL.test(text)) return NO_CHANNELS;
    return remembered(channelsByText, text, readChannels);
}

const NO_CHANNELS: readonly Channel[] = Object.freeze([]);

function readChannels(text: string): readonly Channel[] {
    const seen = new Set<Channel>();
    const own = withoutAsides(text).replace(SPEAKER_LEAD, '').replace(SEARCH_TERM, '$1').replace(LOGIN_BY, '');
    for (const { value } of earliest(own, CHANNEL_CUES)) seen.add(value);
    if (seen.size === 0) for (const value of channelsNamedInBrackets(text)) seen.add(value);
    if (seen.has('bank') && seen.has('counter') && !OFFICE_COUNTER.test(own)) seen.delete('counter');
    if (seen.has('kiosk') && seen.has('hospital') && KIOSK_AT_PLACE.test(own)) seen.delete('hospital');
    if (seen.has('kiosk') && seen.has('bank') && KIOSK_AT_BANK.test(own) && !BANK_OWN_MACHINE.test(own)) seen.delete('bank');
    if (seen.has('kiosk') && seen.has('counter') && !STAFFED_COUNTER.test(own)) seen.delete('counter');
    if (seen.has('hospital') && seen.has('counter') && COUNTER_IN_HOSPITAL.test(own) && !OFFICE_COUNTER.test(own)) seen.delete('counter');
    // a bank's own app (`某某银行APP`) is the bank as channel, unless another app is named too
    if (seen.has('bank') && seen.has('app') && !appNamedBesides(own)) seen.delete('app');
    return Object.freeze([...seen]);
}

/**
 * `用手机绑定(“某某”APP)`: a bracket holding nothing but a channel's name names what the line outside it is done with,
 * when that line names no channel of its own. So does a bracket holding the steps themselves, chained by arrows
 * (`可办补卡(带身份证去营业厅取号→填表→等候叫号)`): the item before it is the task, the bracket how it is done. A
 * bracket saying more in prose (`(也可用微信)`, `(如某市)`) stays an aside.
 */
function channelsNamedInBrackets(text: string): Channel[] {
    const names = [...text.matchAll(BRACKETED)].map((m) => m[1]!).filter((inside) => BARE_CHANNEL_NAME.test(inside) || ARROW.test(inside));
    return names.flatMap((name) => earliest(name, CHANNEL_CUES).map((cue) => cue.value));
}

const BRACKETED = /[(（]([^()（）]*)[)）]/g;
/** A name and its kind, nothing else: `“某某医保”APP`, `某某公众号`, `某某小程序`. */
const BARE_CHANNEL_NAME = /^[“"「]?[^,，。;；:：、或也如]{1,12}?[”"」]?\s*(?:APP|App|app|客户端|小程序|公众号|网站|官网)$/;

/** A bank's own teller machine: the bank as channel even where a terminal is named beside it. */
const BANK_OWN_MACHINE = /柜员机/;

/**
 * A clause opening the text on who speaks (`某市医保中心提醒,`, `窗口工作人员介绍:`): the office quoted is the source of
 * what follows, not the way it tells the reader to go.
 */
const SPEAKER_LEAD = /^[^,，。;；:：“”「」]{2,24}?(?:提醒|介绍|表示|提示|指出|解释|透露|强调|告诉(?:记者|大家)?)(?:说|道)?[,，:：]/;

/** A bank's app: `工商银行APP`, `建行App`, `银行客户端`. */
const BANK_APP = /(?:银行|工行|农行|中行|建行|交行|招行|农商行|农信社|信用社|邮储)\s*(?:APP|App|app|客户端)/g;

const APP_CUE = CHANNEL_CUES.find((cue) => cue.value === 'app')!.pattern;

/** True when `text` names an app other than a bank's own. */
function appNamedBesides(text: string): boolean {
    return APP_CUE.test(text.replace(BANK_APP, ''));
}

/**
 * A lead ending on words being quoted (`某中心收到一封来信,信中写道`, `窗口工作人员告诉记者`): whoever or whatever it
 * names is the source of the words after it, not the way they tell of.
 */
const INTRODUCES_QUOTE = /(?:写道|说道|讲道|写着|告诉记者|说)\s*$/;

/**
 * The one channel a label stands for: its only channel, or the one it gives as example (`微信、支付宝查询`
 * + `步骤(以微信为例)`), else the first one `preferred` also names, else its first; null if it names none.
 */
export function channelOfLabel(label: string, preferred: readonly Channel[] = []): Channel | null {
    if (INTRODUCES_QUOTE.test(label)) return null;
    const example = FOR_EXAMPLE.exec(label);
    if (example) {
        const inExample = channelsIn(example[1]!);
        if (inExample.length > 0) return inExample[0]!;
    }
    const named = channelsIn(label);
    // a counter whose steps go only to a bank's branch (`网点柜台` over `到我行网点…`) is that bank's counter
    if (named.length === 1 && named[0] === 'counter' && preferred.length === 1 && preferred[0] === 'bank') return 'bank';
    if (named.length <= 1) return named[0] ?? null;
    return named.find((c) => preferred.includes(c)) ?? named[0]!;
}
