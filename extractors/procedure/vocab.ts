/**
 * Word lists the procedure extractor reads pages with (STYLE.md habit 7). Patterns are matched against a
 * label, a heading, the title or a step; none of them is keyed to a particular article.
 */
import type { Channel, Task } from '../../src/claims/schema.js';

/** A cue for a task or channel: where it matches in a text decides which of several named things wins. */
export interface Cue<T extends string> {
    value: T;
    pattern: RegExp;
}

/**
 * Task cues (CLAIMS.md § Procedures). Each needs the task's own words, not just a query verb: `查询开户行`
 * is no task we track. When a text names several tasks the earliest mention wins (`转移…余额` is a transfer).
 */
export const TASK_CUES: readonly Cue<Task>[] = [
    // moving with a job (`调入`, `迁出`) and asking how an account moves (`个人账户怎么转`) are transfers too
    {
        value: 'transfer',
        pattern:
            /转移|接续|关系.{0,3}转|转(?:医保|社保)?关系|转入|转出|转回|调入|调出|迁入|迁出|(?:医保|社保)[^,，。;；]{0,6}(?:转到|转过去|迁到|迁往|迁移)|(?:账户|关系|医保|社保)[^,，。;；?？]{0,6}(?:怎么|如何|怎样)转(?![账给换发])/,
    },
    {
        value: 'family_sharing',
        // `门诊共济保障`, `互助共济` name the pooling of funds, not sharing an account with family.
        pattern: /(?<!门诊|互助|统筹|社会)共济(?!保障|机制|改革)|亲情账户|亲情付|给家人用|家人使用|家人用/,
    },
    { value: 'offsite_filing', pattern: /备案|异地(?:就医|安置|长期居住)?登记/ },
    // an heir's claim to the balance (`依法继承`) is its withdrawal, and so is asking how the balance is taken (`余额怎么取`)
    {
        value: 'withdraw',
        // the balance claimed (`领取余额`, `余额怎么领`) is taken out too
        pattern:
            /提取|取出|提现|取现|支取|取回|继承|领(?:取|回)[^,，。;；?？]{0,10}余额|余额[^,，。;；?？]{0,6}(?:怎么|如何|怎样|能否|能不能|可否|可以|才能|能)?领(?:取|回)?(?![导域先袖])|余额[^,，。;；?？]{0,6}(?:怎么|如何|怎样|能否|能不能|可否|可以|才能|能)取(?![得消])/,
    },
    // a proof by any of its names (`参保证明`, `参保缴费证明`, `缴费凭证`)
    { value: 'print_record', pattern: /打印|(?:参保|缴费)[^,，。;；]{0,4}(?:证明|凭证)|权益记录|权益单|开具证明|流水/ },
    { value: 'change_place', pattern: /(?:变更|更换|更改|修改)[^,，。]{0,6}参保地|参保地[^,，。]{0,4}(?:变更|更换|更改|修改)/ },
    {
        value: 'pay_premium',
        // `缴费记录`, `缴费基数`, `缴费标准` talk about contributions; they are no way of paying. `交居民医保` and
        // `居民医保怎么交` ask how to pay.
        pattern:
            /(?:缴费|交费|缴纳|交医保|缴医保)(?!记录|信息|明细|基数|年限|比例|标准|档次|情况|部分|的|金额|满)|补缴|续费|[交缴](?:城乡)?居民(?:医保|医疗保险)|(?:医保|医疗保险)费?(?:怎么|如何|在哪里?|去哪)[交缴]/,
    },
    {
        value: 'query_balance',
        // a phone menu reads the balance out (`收听余额`); `个账` is how menus shorten `个人账户` (`个账查询`)
        pattern: /(?:[查看]|收听).{0,10}(?:余额|明细|到账|返还|返钱|返款|账户|个账|多少钱|记录|打入|划入)|(?:余额|明细|账户|个账|到账|记录).{0,6}[查看]|还(?:剩|有)多少钱/,
    },
];

/** Queries about something else (`查开户行`, `查询办理进度`): no balance query, whatever the verb. */
export const OTHER_QUERY = /[查看].{0,8}(?:开户行|开户银行|进度|报销比例|政策|定点医院|定点药店|目录)/;

/** Card services outside the tasks of CLAIMS.md: steps doing one of these are a how-to of that service. */
export const OTHER_SERVICE = /挂失|解挂|补办|补领|补换|换领|激活|(?:修改|重置|找回)密码/;

/**
 * A how-to about the housing fund (住房公积金: its withdrawal, its balance) is no medical-insurance procedure,
 * however alike its steps, unless its texts name medical insurance too.
 */
export const HOUSING_FUND = /公积金/;
export const MEDICAL_INSURANCE = /医保|医疗保险|医疗保障|社保卡|社会保障卡|个人账户/;

/** A bare query verb: read as a balance query only when nothing more specific names the task. */
export const WEAK_QUERY_CUE: Cue<Task> = { value: 'query_balance', pattern: /查询|查看|[查]/ };

/** Installing something named in quotes (`安装了‘某某’`): only an app is installed; downloading a form is not this. */
const INSTALLED_BY_NAME = '(?:安装|装)了?\\s*[‘“「"][^’”」"]{1,12}[’”」"](?!\\s*(?:小程序|公众号))';

/** Provinces' and cities' government-service apps, by the names they are known by. */
const PROVINCIAL_APPS: readonly string[] = [
    '浙里办', '粤省事', '皖事通', '随申办', '爱山东', '鄂汇办', '赣服通', '闽政通', '苏服办', '渝快办', '冀时办', '吉事办',
    '辽事通', '蒙速办', '全省事', '豫事办', '湘易办', '智桂通', '海易办', '津心办', '北京通', '天府通办', '贵人服务',
    '办事通', '秦务员', '甘快办', '青松办', '我的宁夏', '三晋通', '新疆政务服务',
];

/**
 * Channel cues (CLAIMS.md § Procedures). The earliest match in a text wins, so compound names are written
 * to start where the more specific word starts (`银行APP` is a bank, `支付宝APP` is Alipay). Bare `手机`
 * is no channel: `用手机查` is followed by whichever app the steps open. Going to a bank (`去发卡银行`) is the
 * bank as channel; money paid to a bank account (`打到…银行账户`) is not. A bank's own page says `我行网点`, and its
 * teller machines (`智慧柜员机`) stand in its branches: the bank as channel, not a kiosk of the insurance office.
 */
export const CHANNEL_CUES: readonly Cue<Channel>[] = [
    {
        value: 'bank',
        pattern:
            /(?:手机|网上|掌上|个人网上)银行|智慧柜员机|(?:自助)?柜员机|(?<![自])(?:我|本)行(?![业政为动程李])(?:的|任一|各|所有)?(?:网点|营业网点|营业厅|柜台|APP|App|app|客户端)|银行(?:APP|App|app|客户端|网点|营业厅|营业网点|柜台|官方|查询|办理|卡?服务)|(?:开户|发卡|合作|对应)银行|(?<![打转存汇划退])(?:到|去|前往)(?:附近|就近|当地)?的?[^,，。;；的]{0,3}银行|^银行|(?:工行|农行|中行|建行|交行|招行|农商行|农信社|信用社|邮储)(?=APP|App|app|客户端|网点|柜台|营业厅|掌上|手机)/,
    },
    // a mini program or official (service, subscription) account is WeChat's unless Alipay is named as its host (`支付宝搜索…小程序`)
    { value: 'wechat', pattern: /微信|(?<!支付宝[^。;；]{0,16})(?:小程序|公众号|服务号|订阅号)/ },
    { value: 'alipay', pattern: /支付宝/ },
    // a terminal by any of its names: `自助服务一体机`, `自助查询终端`, a bare `一体机`
    { value: 'kiosk', pattern: /自助(?:服务|查询|打印|缴费)?(?:终端|机|设备|一体机)|一体机|终端机/ },
    // a phone number to fill in (`填写联系电话`, `手机号码`) is a form field, not the phone as channel; `掌上12333` is an app
    // a text message sent to a hotline is the phone line too (`发短信查询`, `编辑短信…发送到12333`)
    { value: 'phone', pattern: /(?<!掌上)12333|12393|热线|(?<!联系|手机|预留|固定)电话(?!号)|拨打|(?:发|编辑|发送)短信|短信查询/ },
    { value: 'website', pattern: /网站|官网|网上(?:服务|办事)大厅|(?:政务)?服务网|网页|门户网|电脑端|PC端/ },
    // The platform named with its website or mini program (`医保服务平台网站`, `…平台”小程序`) is that, not the app.
    // Provinces' government-service apps are apps when named bare (`打开“浙里办”`), mini programs when said so.
    // What a phone has installed under a quoted name (`手机上装了“某某通”`) is an app, whatever it is called.
    {
        value: 'app',
        pattern: new RegExp(
            `医保服务平台(?![”"」]?\\s*(?:网站|官网|网页|小程序|公众号))|APP|App|app|客户端|掌上|(?:${PROVINCIAL_APPS.join('|')})(?![”"」]?\\s*(?:小程序|公众号))|${INSTALLED_BY_NAME}`,
        ),
    },
    // a hospital speaks of itself as `本院`/`我院`, and its buildings (`门诊楼`, `住院部`) are where its own window stands;
    // township and community clinics (`卫生院`, `社区卫生服务中心`) are hospitals too. A till (`收银台`, `收费处`) is where
    // an insured person's card is read in a pharmacy or a hospital: no insurance office has one; a shop reading the card
    // and speaking of itself (`本店`, `我店`) is a pharmacy.
    {
        value: 'hospital',
        pattern: /定点(?:医院|药店|药房|医疗机构)|医院|卫生院|(?:社区)?卫生服务(?:中心|站)|药店|药房|社康|[本我]院|门诊(?:楼|大厅|部)|住院(?:部|处|楼)|收银(?:台|处)|收款(?:台|处)|收费(?:处|台)|[本我]店(?![铺面员长主])/,
    },
    {
        value: 'counter',
        // A hall with a kiosk in it (`社保大厅的自助终端`) is where the kiosk stands, not a counter. Forms sent by
        // post to the office (`邮寄办理`, `邮寄至某医保中心`) are handled at its counter: the schema has no post channel;
        // nor has it one for a community's or village's service desk (`社区便民服务中心`, `村委会`), which is a counter.
        pattern:
            /邮寄(?:办理|申请|材料)|邮寄(?:至|到|给)[^,，。;；]{0,20}?(?:经办机构|医保|医疗保障|社保|服务中心)|窗口|柜台|(?:经办机构|经办服务|经办大厅|(?<!网上)(?:服务|办事|政务)大厅|(?:医保|社保)(?:大厅|中心)|(?:医保|社保|人社|政务|行政|医疗保障)(?:事务|经办)?服务(?:中心|大厅|站))(?!(?:大厅|中心)?的?自助)|(?:到|前往|去)[^,，。;；]{0,8}(?:社保局|医保局|人社局)|(?:社区|街道|乡镇|村)(?!卫生)[^,，。;；]{0,4}?(?:服务中心|服务站|服务大厅)|便民服务(?:中心|站)|党群服务中心|[村居]委会/,
    },
];

/**
 * A hospital or pharmacy named as where a self-service terminal stands (`到定点医院或大厅的自助机上…`): the kiosk
 * is the channel, the hospital only its place.
 */
export const KIOSK_AT_PLACE = /(?:医院|卫生院|卫生服务(?:中心|站)|药店|药房|医疗机构|社康)[^,，。;；]{0,10}?(?:自助(?:服务|查询|打印|缴费)?(?:终端|机|设备|一体机)|一体机)/;

/**
 * A bank's branch named as where a self-service terminal stands (`去某银行营业点的自助查询设备上…`): the terminal is the
 * channel, the branch only its place. The bank's own teller machine (`柜员机`) is the bank, and is no such terminal.
 */
export const KIOSK_AT_BANK = /(?:银行|网点|营业厅|营业点)[^,，。;；]{0,8}?(?:自助(?:服务|查询|打印|缴费)?(?:终端|机|设备|一体机)|一体机)/;

/**
 * A window or desk standing in a hospital (`某医院医保窗口`, `本院住院处医保服务台`, `门诊楼一楼医保窗口`): the hospital's own
 * insurance desk is the hospital as channel, not the insurance office's counter.
 */
export const COUNTER_IN_HOSPITAL = /(?:医院|卫生院|卫生服务(?:中心|站)|[本我]院|门诊|住院)[^,，。;；]{0,12}?(?:窗口|柜台|服务台)/;

/**
 * A hall or centre named as where a self-service terminal stands (`某县医保服务大厅新设自助终端`): with no window or
 * counter named beside it, the terminal is the channel and the hall only its place.
 */
export const STAFFED_COUNTER = /窗口|柜台|人工/;

/**
 * A counter or window that belongs to the insurance office itself: with a bank named beside a bare `柜台`/`窗口`,
 * the counter is the bank's (`到开户银行网点,在柜台查询` is the bank as channel).
 */
export const OFFICE_COUNTER = /经办机构|经办服务|服务大厅|办事大厅|政务大厅|医保(?:大厅|中心|局)|社保(?:大厅|中心|局)|人社局/;

/**
 * A platform reachable both as website and as app (`国家医保服务平台`): a label naming only it leaves the
 * channel to the steps (`登录官网后…` is the website).
 */
export const EITHER_PLATFORM = /服务平台(?![^,，。]{0,4}(?:APP|App|app|客户端))/;

/** Builds `^(?:a|b|…)` from a word list: the lists stay readable data, the matcher one regex. */
function startsWithOneOf(words: readonly string[]): RegExp {
    return new RegExp(`^(?:${words.join('|')})`);
}

/**
 * Verbs a step starts with. Some are guarded so that `到账`, `到现在` (a time, not a place to go), `去年`,
 * `按3%计算`, `按固定金额`, `办理后…` and `办理单位` (a field name) do not read as instructions.
 */
export const STEP_VERBS: readonly string[] = [
    // on a screen
    '打开', '登录', '登陆', '下载', '安装', '注册', '点击', '点选', '进入', '选择', '搜索', '输入', '填写', '录入',
    // `阅读 2万` under a post counts its readers
    '提交', '上传', '查看', '查询', '授权', '激活', '绑定', '添加', '阅读(?!\\s*[\\d.]+\\s*[万千]?(?:\\s|$))', '核对', '确认', '等待', '刷脸', '访问',
    '关注', '扫描', '扫码', '验证', '切换', '打印', '下拉', '实名(?:认证|注册|登录)', '人脸识别', '身份验证',
    // spoken short forms, before the quoted name of a menu or button (`搜“医保”`, `点“我的”`)
    '[搜点选](?=[“「"])', '点(?=(?:一下|下面|最下面|底部|最底下|页面)的?[“「"])',
    // spoken, before a menu named without quotes (`点医保服务`, `再点个人账户余额`)
    '点(?:开|进)?(?=[^,，。;；\\s]{1,8}?(?:服务|查询|申请|备案|缴费|中心|专区|账户|余额|接续|明细|记录|凭证))', '填好', '填上', '选好',
    // inside a named app (`微信搜索“…”小程序`, `支付宝首页搜索`)
    '(?:微信|支付宝)(?:里|上|中|首页)?(?=搜索|扫码|扫一扫|打开|进入|登录)',
    // spoken `戳` (tap), before the quoted name of a menu or button (`戳“我的”`)
    '戳(?=[“「"])',
    // Cantonese: press, pick, find, look (`撳「醫保」`, `揀「個人賬戶」`, `搵`, `睇餘額`)
    '撳', '揿', '㩒', '揀', '拣(?=[“「"])', '搵', '揾', '睇',
    // by phone
    // dialled bare before the number (`拨12333`, `拨#号`)
    // a text message to a hotline (`编辑短信…发送到12333`)
    '编辑(?!部|室|人员|者|[:：])', '发送', '发(?=短信|信息)',
    '拨打', '拨通', '拨(?=\\s*[\\d#＃*＊])', '打(?=\\s*(?:12333|12393|0\\d{2,3}-?\\d))', '打电话', '致电', '收听', '按(?=\\s*[\\d#＃*＊]\\s*(?:键|号键)?(?:进入|选择|查询|转|收听|确认|返回|，|,))', '按(?:提示|要求|语音|屏幕|步骤)', '(?:按照|根据)(?=提示|要求|语音|屏幕|步骤|流程|指引|页面)',
    // in person
    // carried, taken, handed over: `携带` and its short and spoken forms (`携护照`, `拿身份证`, `交给工作人员`)
    '携带', '携(?!手|程|款)', '带上', '带着', '拿(?:着|上)?(?!到手|不准|主意|多少|钱|得)', '交(?=给|到|由|至)', '持', '前往', '到(?!账|期|底|了|现在|目前|今天|今年|时候)', '去(?!年|世)', '准备', '备齐', '备好', '找到', '插入', '插进', '把', '将', '向',
    '询问', '说明', '领取', '开具', '出示', '告知', '签字', '签名', '取号', '排队', '刷(?=卡|社保卡|医保卡|身份证)', '完成', '申请(?!后|时)', '办理(?!后|时|完|单位|部门|机构|结果|情况|进度|对象|事项|地点|条件|材料|方式|时限|渠道|流程|依据|类型|范围)',
    // what staff or the system then do
    // by whichever name the staff go (`柜员`, `话务员`), doing it now or there (`当场帮你查`)
    '(?:工作人员|柜员|窗口人员|经办人员|话务员|客服人员|客服)(?=(?:当场|现场|随即|直接|马上)?(?:会|将|审核|受理|核对|核实|办理|录入|为|帮|给|查询|打印|登记|确认))',
    '系统(?:会|将|自动)',
];
export const ACTION_START = startsWithOneOf(STEP_VERBS);

/**
 * Words that set where or with what a step happens (`在首页点击…`, `通过应用商店下载…`): a clause starting
 * with one is a step when an instruction verb follows in it (`在一些地区` is none).
 */
export const SETTING_START = startsWithOneOf(['在', '通过', '使用', '用(?!人)', '从']);

/** Instruction verbs anywhere in a clause, for clauses that open with a setting. */
export const ACTION_VERB = new RegExp(
    ['打开', '登录', '登陆', '下载', '安装', '注册', '点击', '进入', '选择', '搜索', '输入', '填写', '录入', '提交',
     '上传', '查看', '查询', '拨打', '拨通', '找到', '插入', '授权', '激活', '绑定', '添加', '申请', '办理', '访问', '关注',
     '扫码', '验证', '切换', '打印', '询问', '完成', '认证', '刷脸', '出示', '告知', '告诉', '说明', '[搜点选戳](?=[“「"])', '撳', '揿', '㩒', '揀', '搵', '揾'].join('|'),
);

/** People a step says will do it (`由本人`, `由继承人`), a doer apart from the one addressed. */
const STEP_DOERS = '本人|参保人员?|家属|近亲属|子女|儿女|家人|亲友|继承人|申请人|代理人|代办人|经办人(?!员)|用人单位|单位';

/** Kin terms and titles a chat addresses someone by. */
const ADDRESSED_BY_KIN = [
    '妈妈?', '爸爸?', '老妈', '老爸', '奶奶', '爷爷', '姥姥', '姥爷', '外婆', '外公', '叔叔?', '阿姨', '姨妈?', '婶婶?',
    '伯伯?', '舅舅?', '姑姑?', '哥哥?', '姐姐?', '弟弟?', '妹妹?', '老师', '师傅', '大爷', '大妈', '亲',
].join('|');

/**
 * What may stand before the verb of a step: sequence words, modal verbs, the person addressed
 * (`先`, `您可以`, `参保人(共济人)可通过`). Longer words come first: alternation takes the first that fits.
 */
const LEAD_IN_WORDS: readonly string[] = [
    // the sender's tag an automatic reply or text message opens with (`【某县社保】请点击…`)
    '【[^】]{1,12}】',
    '第[一二三四五六七八九十\\d①-⑳]+步[,，:：、]?',
    // a clause announcing how it is done before the first instruction (`具体是带上…`, `办法是登录…`)
    '具体(?:来说|地说|做法|办法|流程)?(?:是|为)[,，:：]?', '(?:方法|办法|做法|流程|步骤)(?:是|为)[,，:：]?',
    '[一二三四五六七八九十]是', '首先', '其次', '然后', '接着', '之后', '随后', '最后', '其[一二三四五六七八九十]', '依次', '并且', '可以', '需要', '只需', '只要', '直接', '现场', '本人',
    // the person spoken to by kin or title before `你`/`您` in a chat (`妈你打开…`, `师傅您先…`)
    `(?:${ADDRESSED_BY_KIN})(?=\\s*[你您])`,
    '先', '再', '并', '您', '你', '请', '也', '还', '可', '能', '需', '就',
    '参保(?:人员|职工|人)(?:[(（][^)）]{0,8}[)）])?', '共济人',
    // who does the step, named after `由` (`先由本人或其家属携带…`)
    `由(?:${STEP_DOERS})(?:或其?(?:${STEP_DOERS}))?`,
    // or named first, before a sequence or modal word or the verb itself (`继承人先准备…`, `家属可代为…`, `申请人携带…`)
    `(?:${STEP_DOERS})`,
];
export const LEAD_IN = new RegExp(`^(?:(?:${LEAD_IN_WORDS.join('|')})\\s*)+`);

/** People a step may be addressed to by name. */
const ADDRESSEES: readonly string[] = [
    '参保人员', '参保职工', '参保群众', '参保人', '退休人员', '职工', '居民', '群众', '市民',
    // readers as posts and threads address them
    '楼主', '题主', '大家', '老年人', '老人', '家属',
];
export const ADDRESSEE_WORD = new RegExp(ADDRESSEES.join('|'));

/**
 * The person addressed together with where or who they are, before a modal verb (`本县参保人员可携带…`,
 * `异地就医的退休人员需…`, `市民可拨打…`): it stands before the verb of a step like a lead-in.
 */
export const QUALIFIED_ADDRESSEE = new RegExp(`^[\\u4e00-\\u9fff]{0,8}?(?:${ADDRESSEES.join('|')})(?=可|需|应|须|请)`);

/**
 * Words that order the steps of prose (`先…再…然后…最后…`): a clause led by one starts the next step whatever
 * verb follows (`然后点医保查询`). Not when what follows is a remark (`最后提醒大家…`).
 */
export const SEQUENCE_START = /^(?:首先|然后|接着|紧接着|随后|之后|其次|再|最后)\s*(?![,，]|提醒|注意|说明|总结|建议|祝)[^,，]{2}/;

/**
 * Words that carry on steps already begun (`接着,…`, `最后,…`): a step led by one belongs to the how-to before it,
 * whatever other channel it names (`最后用支付宝扫码登录` logs in to the website the steps opened).
 */
export const CONTINUES_SEQUENCE = /^(?:其次|然后|接着|紧接着|随后|之后|再|最后)/;

/** A clause that is only a sequence word (`其次,`, `其二,`): it opens the next step with the clause after it. */
export const BARE_SEQUENCE_WORD = /^(?:首先|其次|然后|接着|随后|之后|最后|其[一二三四五六七八九十])$/;

/** `办法是先打开微信`: a first step announced inside a clause; the step starts at `先`. */
export const FIRST_STEP_INSIDE = /(?:是|就是|要|需要|需|得|只需)((?:首先|先)[^,，]+)$/;

/** Arrows that chain menu steps, drawn with one glyph or typed as dashes and a `>` (`打开某App→首页→社保`, `首页 --> 社保`). */
export const ARROW = /\s*(?:→|-{1,3}>|={1,3}>|—{1,2}>|⇒|➜|➡|>>)\s*/;

/**
 * A bare `>` also chains menus (`小程序 > 进入“跨省通办” > 选择…`), but one `>` may as well compare two things:
 * only a chain of at least {@link MIN_WEAK_ARROW_LINKS} links counts.
 */
export const WEAK_ARROW = /\s*(?:>|＞|›)\s*/;
export const MIN_WEAK_ARROW_LINKS = 3;

/**
 * A hyphen or a single dash chains menu steps too (`打开某App-搜索…-点进…`, `登录…—选择…—提交`), where it stands between
 * words and not inside a number or a phone number (`0571-12345`) or as a `——` aside: a chain of at least
 * {@link MIN_WEAK_ARROW_LINKS} links whose first two are instructions.
 */
export const DASH_ARROW = /(?<![\d\sA-Za-z—])\s*(?:-|—|－)\s*(?![\d\sA-Za-z—])/;

/**
 * Block labels that announce the steps themselves: everything after them up to a stop is a step. Any word for a way
 * of doing it followed by `如下` announces one (`办理方式如下`, `申请程序如下`, `所需手续如下`), as does `按以下方式`.
 */
export const STEPS_LABEL =
    /步骤|路径|流程|操作方法|办理方法|具体操作|(?:方法|方式|办法|程序|手续|操作|做法|途径|指引)如下|如下操作|按(?:以下|下列|如下)(?:方式|方法|程序|步骤)/;

/** Labels after which a block is commentary, not steps (`优点:`, `小提示:`). */
export const COMMENT_LABEL =
    /^【?(?:优点|缺点|优势|注意事项|注意|小提示|提示|温馨提示|提醒|特别提醒|防骗提醒|说明|备注|声明|免责声明|适用人群|Tips)(?:[:：(（】\s]|$)/;

/**
 * Sentences that sum up rather than instruct (`通过以上方法,您可以…`), and a post's or video's sign-off (`关注我…`,
 * `点个“在看”`, `感谢收看`), which asks something of the reader that is no step, and its credits (`来源:`, `编辑:`), after
 * which only the page's furniture follows: they close a block.
 */
/**
 * A site path printed as text (`某省政务服务网 · 某市 · 某县级市`): three or more names joined by middle dots, with no
 * clause in them. It says where the page sits on its site, labelling nothing after it.
 */
export const SITE_PATH = /^[^,，。;；:：!！?？·・]{2,24}(?:\s*[·・]\s*[^,，。;；:：!！?？·・]{2,24}){2,}$/;

export const CLOSING =
    /^(?:(?:来源|编辑|责任编辑|责编|审核|校对|供稿|撰稿)\s*[:：]|通过以上|以上|综上|总之|总的来说|总结|小结|关注我|欢迎关注|记得关注|求关注|点赞|点个?赞|点个?[“"「]?在看|转发给|分享给|收藏(?:起来|本文|这篇)?|感谢(?:收看|观看|阅读|收听)|我们下期|下期再见|喜欢的话)/;

/**
 * Phrases that say a channel exists without giving its steps (`这里不再赘述`, `入口大同小异`): such a
 * sentence is a mention, never a procedure (CLAIMS.md § Procedures).
 */
export const MENTION_MARKERS =
    /与.{0,8}类似|不再赘述|不一一展开|不展开|不详细介绍|不作介绍|不多介绍|专门的文章|另文介绍|大同小异|这里就不|这里不|此处不/;

/** Words that say how a task is done (`线下办理:`): a label carrying one starts a block of its own. */
export const MODE_WORDS = /线上|线下|网上|现场|手机上|手机(?:查询|办理|端|操作)/;

/** Words that ask a question: a short line carrying one is a title-like label, not a step. */
export const QUESTION_WORDS = /怎么|如何|怎样|哪些|哪里|哪儿|吗|什么|[?？]/;

/** How-to questions that make a line standing alone read as a heading (`如何绑定医保亲情账户`). */
export const TITLE_QUESTION = /怎么|如何|怎样/;

/** Longest such question line, in characters. */
export const MAX_TITLE_LIKE_CHARS = 32;

/** Numbering in front of a step or label (`1.`, `(2)`, `③`, `第一步,`, `步骤1:`, `方法二:`). */
export const STEP_NUMBERING = new RegExp(
    `^(?:${[
        '\\d{1,2}[.．、)）](?!\\d)',
        // a number and a space before the step (`2 点“我的”`), not before its unit (`70 岁`)
        '\\d{1,2}\\s+(?![岁元月年日号天个周%％])(?=[\\u4e00-\\u9fff“「])',
        '[(（]\\d{1,2}[)）]',
        '[①②③④⑤⑥⑦⑧⑨⑩]',
        // Roman numerals, as one sign (`Ⅱ`, `ⅲ`) or typed in Latin letters (`II.`), before the step's first word
        '(?:[\\u2160-\\u217F]|[IVX]{1,4}|[ivx]{1,4})(?:[.．、)）]\\s*|\\s+)(?=[\\u4e00-\\u9fff“「])',
        // keycap digits (`1️⃣`), dingbat and bracketed digits (`❶`, `➀`, `⑴`, `⒈`), and bullets posts put before steps
        '\\d\\uFE0F?\\u20E3', '🔟', '[\\u2776-\\u2793\\u2474-\\u249B]',
        '(?:👉|✅|☑️?|✔️?|➤|►|▶️?|▸|•|●|◆|◇|■|□|★|☆)',
        // a tree's branches (`├─`, `└──`, `│  └─`): a mind map or outline printed as text
        '[\\u2500-\\u257F][\\u2500-\\u257F\\s]*',
        // a table row whose first cell is only the step's number (`2 | 点击…`)
        '(?:第?[一二三四五六七八九十\\d]{1,2}步?|[①-⑳]|(?:[Ss]tep|STEP)\\s*\\d{1,2})\\s*\\|',
        '第[一二三四五六七八九十\\d①-⑳]+步[,，:：、]?',
        '步骤\\s*[\\d①-⑳一二三四五六七八九十]{1,2}[:：.、]?',
        '(?:[Ss]tep|STEP)\\s*\\d{1,2}[:：.、]?',
        '[一二三四五六七八九十]{1,3}[、.．]',
        '[(（][一二三四五六七八九十]{1,3}[)）]',
        '【\\d{1,2}】',
        // a comic's or a storyboard's panels (`【画面二】`, `第3格`)
        '【(?:画面|第)?[一二三四五六七八九十\\d]{1,2}(?:格|幅|帧|张)?】', '(?:画面|第)[一二三四五六七八九十\\d]{1,2}(?:格|幅|帧)[:：、]?',
        // a numbered way (`方式二：`, `途径1、`)
        '(?:方法|方式|途径|渠道|办法)[一二三四五六七八九十\\d]{1,2}[:：、.．]?',
    ].join('|')})\\s*`,
);

/** `(以微信为例)` inside a label picks one of the channels the label names. */
export const FOR_EXAMPLE = /以(.{1,8}?)为例/;

/** Numbering that marks a line as the name of a method or section (`方法2:`, `二、`), never as a step. */
export const LABEL_NUMBERING =
    /^(?:方法[一二三四五六七八九十\d]{1,2}|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|【\d{1,2}】)/;

/** Longest line, in characters, that can stand alone as a block label (`医保经办机构窗口查询`). */
export const MAX_LABEL_CHARS = 20;

/** Longest text before a colon that is read as an inline label (`定点医院/药店:在…`). */
export const MAX_INLINE_LABEL_CHARS = 24;

/** A step number standing alone (`2`, `第三步`, `③`): flow charts put the numbers in items of their own. */
export const BARE_STEP_NUMBER = /^(?:第?[一二三四五六七八九十\d①-⑳]{1,2}步?|步骤\s*[一二三四五六七八九十\d]{1,2}|[①-⑳]|(?:[Ss]tep|STEP)\s*\d{1,2})[.、．:：]?$/;

/** A clause opening on its step's count (`第2步 进去以后…`, `步骤三 点…`): the count opens a step whatever word follows. */
export const COUNTED_STEP_OPENING = /^(?:第[一二三四五六七八九十\d①-⑳]{1,2}步|步骤\s*[一二三四五六七八九十\d]{1,2}(?!\d))/;

/**
 * Numbered rows a paragraph runs on after a colon or semicolon (`具体:1.到…;2.携带…;3.办理…`): where two or more start
 * so, each starts a row of its own.
 */
export const INLINE_NUMBERED_ROW = /(?<=[；;：:。])\s*(?=\d{1,2}[.、．)）](?!\d)|[①-⑳])/g;

/**
 * Numbered ways run together in one paragraph (`方式一：…；方式二：…`, `方法1:…。方法2:…`): where two or more are, each
 * starts a row of its own, read as its own how-to.
 */
export const INLINE_NUMBERED_WAY = /(?<=[；;。！!:：])\s*(?=(?:方式|方法|途径|渠道|办法)[一二三四五六七八九十\d]{1,2}\s*[:：、.．])/g;
/** A numbered way anywhere in a text (see {@link INLINE_NUMBERED_WAY}). */
export const NUMBERED_WAY = /(?:方式|方法|途径|渠道|办法)[一二三四五六七八九十\d]{1,2}\s*[:：、.．]/g;

/**
 * Step markers a page runs together in one line (`Step 1 下载…Step 2 搜索…`, `第①步打开…第②步点击…`): where two or more
 * follow text with no break before them, each starts a row of its own; the number inside `第②步` is no marker of its own.
 */
export const GLUED_STEP_MARKER = /(?<=[^\s。；;，,：:！!？?、])\s*(?=(?:[Ss]tep|STEP)\s*\d{1,2}(?!\d)|第[①-⑳一二三四五六七八九十\d]{1,2}步|步骤\s*[\d①-⑳]{1,2}(?!\d)|(?<!第)[①-⑳])/g;

/**
 * A heading or label over notes on filling in a form (`填表说明`, `填写须知`, `表格填报注意事项`): they say how to fill in
 * the form, not how to carry out the task it serves, whatever they mention on the way.
 */
export const FORM_NOTES = /(?:填表|填写|填报|表格)(?:说明|须知|注意事项|要求|指南)/;

/** A line opening with a date written as numbers (`2026-03-01`, `2026/3/1`, `2026.03.01`): an entry of a log or archive. */
export const DATED_ENTRY = /^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s|(?=[【〖[]))/;
