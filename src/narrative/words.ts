/**
 * The words `narrative-consistency` reads: the keywords that name a quantity of tables 三 and 四, and
 * the words around a count that change what it counts. All patterns run on the compact text of
 * `text.ts`, where full-width punctuation is folded (，→ ,  （→ (  ：→ :  ；→ ;).
 */

/** The quantities of tables 三 and 四 a text can state (src/narrative/quantities.ts says which cells each adds up). */
export const QUANTITY_IDS = [
  'new',
  'newAndCarriedOver',
  'carriedOver',
  'disclosed',
  'partiallyDisclosed',
  'disclosedAndPartially',
  'withheld',
  'unavailable',
  'notProcessed',
  'otherwiseHandled',
  'total',
  'carriedForward',
  'naturalPerson',
  'legalPerson',
  'commercial',
  'research',
  'nonprofit',
  'legalServices',
  'reconsideration',
  'litigation',
  'appeals',
] as const;

export type QuantityId = (typeof QUANTITY_IDS)[number];

// ---------------------------------------------------------------- keywords

export type Kind =
  | 'CO' // 上年结转
  | 'CF' // 结转下年度
  | 'NEW' // 收到/受理 … 申请
  | 'NEW_NOUN' // 申请数量
  | 'TOTAL' // 办结/答复/办理
  | 'DISC_PART' // 予以公开及部分公开
  | 'DISCLOSED'
  | 'PARTIAL'
  | 'WITHHELD'
  | 'UNAVAILABLE'
  | 'NOT_PROCESSED'
  | 'OTHER'
  | 'NATURAL'
  | 'LEGAL'
  | 'COMMERCIAL'
  | 'RESEARCH'
  | 'NONPROFIT'
  | 'LEGAL_SERVICES'
  | 'RECON_LITIG'
  | 'RECON'
  | 'LITIG';

const YEAR = '(?:19|20)\\d{2}年度?';
const NEXT_YEAR = `(?:下一?年度?|次年度?|明年|${YEAR})`;

/** In priority order: a longer or more specific phrase is taken first and hides the words inside it. */
export const KEYWORDS: readonly { kind: Kind; re: RegExp }[] = [
  {
    kind: 'CO',
    re: new RegExp(
      `(?:上一?年度?|去年|${YEAR})(?:结转(?:[至到](?:本年度?|今年))?|遗留|转入|尚未办结|未办结|未办理完毕|未办完)(?![至到]?(?:[下次明]|(?:19|20)\\d{2}年))的?`,
      'gu',
    ),
  },
  { kind: 'CF', re: new RegExp(`结转(?:至|到)?${NEXT_YEAR}(?:继续)?(?:办理|答复|处理)?`, 'gu') },
  { kind: 'CF', re: new RegExp(`(?:顺延|延期|延续|转入|转)(?:至|到)?${NEXT_YEAR}(?:继续)?(?:办理|答复|处理)?`, 'gu') },
  { kind: 'CF', re: /跨年度?(?:办理|结转|答复)|(?:尚在|正在|仍在)(?:办理|处理)(?:中|过程中)?|(?:尚未|仍未)办结/gu },
  { kind: 'DISC_PART', re: /(?:予以公开|同意公开|全部公开)(?:[及和与、或]|以及)(?:予以)?部分公开/gu },
  { kind: 'WITHHELD', re: /不予以?公开|不同意公开/gu },
  { kind: 'NOT_PROCESSED', re: /不予以?处理/gu },
  { kind: 'UNAVAILABLE', re: /无法提供/gu },
  { kind: 'OTHER', re: /其[他它]处理/gu },
  { kind: 'DISCLOSED', re: /予以(?:全部)?公开|同意公开|全部公开/gu },
  { kind: 'PARTIAL', re: /部分公开/gu },
  { kind: 'RECON_LITIG', re: /行政复议(?:案件)?(?:[、和及与或]|以及)(?:提起)?行政诉讼/gu },
  { kind: 'RECON', re: /行政复议(?!后)/gu },
  { kind: 'LITIG', re: /行政诉讼/gu },
  { kind: 'NATURAL', re: /自然人/gu },
  { kind: 'LEGAL', re: /法人[或和及与、]?[其另][他它]组织/gu },
  { kind: 'COMMERCIAL', re: /商业企业/gu },
  { kind: 'RESEARCH', re: /科研机构/gu },
  { kind: 'NONPROFIT', re: /社会公益组织/gu },
  { kind: 'LEGAL_SERVICES', re: /法律服务机构/gu },
  { kind: 'NEW_NOUN', re: /申请(?:数量|总量|总数|件数|量)/gu },
  { kind: 'NEW', re: /新收|收到|受理|接收|接到|收悉/gu },
  { kind: 'TOTAL', re: /办结|办理完毕|办理完成|完成答复|作出答复|予以答复|答复|回复|办理|处理完毕|处理(?!费)/gu },
];

export const APPLICANT_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'NATURAL',
  'LEGAL',
  'COMMERCIAL',
  'RESEARCH',
  'NONPROFIT',
  'LEGAL_SERVICES',
]);
export const APPEAL_KINDS: ReadonlySet<Kind> = new Set<Kind>(['RECON_LITIG', 'RECON', 'LITIG']);
/** Kinds whose count may come before the keyword: “2件结转下年度”, “其中12件予以公开”. */
export const SUFFIX_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'CF',
  'DISC_PART',
  'DISCLOSED',
  'PARTIAL',
  'WITHHELD',
  'UNAVAILABLE',
  'NOT_PROCESSED',
  'OTHER',
]);
/** Kinds that are totals of table 三: a part of them (其中, 通过网络, 涉及…) is a different number. */
export const TOTAL_KINDS: ReadonlySet<Kind> = new Set<Kind>(['NEW', 'NEW_NOUN', 'TOTAL', 'CO', 'CF']);

export const QUANTITY_OF: Readonly<Record<Kind, QuantityId>> = {
  CO: 'carriedOver',
  CF: 'carriedForward',
  NEW: 'new',
  NEW_NOUN: 'new',
  TOTAL: 'total',
  DISC_PART: 'disclosedAndPartially',
  DISCLOSED: 'disclosed',
  PARTIAL: 'partiallyDisclosed',
  WITHHELD: 'withheld',
  UNAVAILABLE: 'unavailable',
  NOT_PROCESSED: 'notProcessed',
  OTHER: 'otherwiseHandled',
  NATURAL: 'naturalPerson',
  LEGAL: 'legalPerson',
  COMMERCIAL: 'commercial',
  RESEARCH: 'research',
  NONPROFIT: 'nonprofit',
  LEGAL_SERVICES: 'legalServices',
  RECON_LITIG: 'appeals',
  RECON: 'reconsideration',
  LITIG: 'litigation',
};

// ---------------------------------------------------------------- what is counted

/** Words of an application for disclosure (not 被申请行政复议, not 申请人民法院…). */
export const APPLICATION = /依申请|(?<!被)申请(?!行政复议|复议|行政诉讼|诉讼|人民法院|强制)/u;
/** An application for disclosure named as such (a bare 申请 may be for a licence or a registration). */
export const DISCLOSURE_APPLICATION = /依申请|信息公开申请|公开申请|信息公开的申请|政府信息申请|申请公开/u;
/** What may stand between 收到 and 申请 without naming another kind of application. */
export const NEW_OBJECT_WORDS =
  /共计|共有|[共等]|合计|总计|累计|各类|各种|任何|形式|方式|渠道|公民|社会公众|公众|群众|个人|法人|[其另][他它]组织|或者|[或和及与、的了为达]|申请人|提出|提交|递交|向本机关|本机关|向我局|我局|通过|经由|网上|网络|在线|当面|现场|信函|邮寄|传真|电子邮件|电话|纸质|申请|数量|件数/gu;
/** The application named right after its count: 收到70件申请, 收到12件信息依申请公开 (not 收到5件重复申请: a kind of them). */
export const NOUN_AFTER = /^(?:的|政府信息公开|政府信息|信息公开|信息|公开|各类)*(?:依申请公开|依申请|申请)/u;
/** Objects other than applications for disclosure. */
export const OTHER_OBJECT =
  /建议|提案|议案|信访|来信|来访|投诉|举报|咨询|留言|热线|12345|诉求|来电|许可|审批|政务服务|工单|网民|复议|诉讼|案件|主动公开|发布|信件|邮件|意见|决定书|通知书|告知书/u;

// ---------------------------------------------------------------- what changes the count

/** A change, a share or a rate: the number is not the quantity itself. */
export const CHANGE = /同比|环比|增长|增加|新增|减少|下降|上升|提高|降低|[较占%率]|比上年|比去年|多出|百分|平均|人次|次数|以来|至今|历年/u;
/** Words that make a total into a part: a topic, a sub-set, applications passed on. */
export const PART_OF = /其中|涉及|关于|有关|针对|属于|包括|包含|转来|转交|转办|移送|延期|延长|逾期|超期|当场|当即|口头|书面/u;
/** One channel of several. */
export const CHANNEL = /通过|经由|网上|网络|在线|当面|现场|信函|邮寄|传真|电子邮件|电话|纸质/u;
/** …unless the clause says it is all of them: 通过各种渠道, 网络、信函等方式 … */
export const ALL_CHANNELS = /各类|各种|所有|全部|多种|各渠道|等(?:方式|渠道|形式|途径)/u;
/** Before a verb of handling: not done yet, or to be done (需办理 = 新收 + 结转, 未答复). */
export const NOT_DONE = /(?:[需应待要未不尚仍拟]|正在)$/u;
/** Several years together, or up to the time of writing: 近三年, 三年来, 历年, 至今. */
export const SEVERAL_YEARS =
  /近[\d一二两三四五六七八九十]+年|(?<![一二两三四五六七八九十])[一二两三四五六七八九十]+年[来间]|近年|历年|累计至|至今|迄今/u;
/** …以来: since some time; this year's only when it says 今年以来, 年初以来 or names the report's year. */
export const SINCE = /(?:(?<year>(?:19|20)\d{2})年度?|(?<thisYear>今年|本年度?|年初))?以来/gu;

// ---------------------------------------------------------------- appeals

/** Right before 行政复议/行政诉讼: the body handles such cases (a 司法局, a court), not is party to them. */
export const HANDLES_APPEALS =
  /(?:办理|受理|审理|审结|收到|处理|备案|代理|参与|参加|应诉|出庭|办结|化解|指导|纠错|组织|开展|作出|复核)[^,;:。!?\n]{0,4}$/u;
/** Words that tie a count of appeals to information disclosure. */
export const DISCLOSURE_CONTEXT = /信息公开|依申请|被申请|被提起|被起诉|引起|引发|涉及/u;
/** Outcomes of appeals (a column, not the total). */
export const APPEAL_OUTCOME = /维持|纠正|纠错|撤销|驳回|败诉|胜诉|终止|审结|确认违法|其他结果|被改变/u;

// ---------------------------------------------------------------- between a keyword and its number

/** What may stand between a keyword and its number without changing what is counted. */
export const FILLER =
  /^(?:共计|共有|[共计为]|合计|总计|累计|达到|[达了的有]|数量|总数|件数|数|申请|提出|提交|案件|事项|均为|[均是已]|分别为|分别|依法|各类|政府信息公开申请|信息公开申请|依申请公开|政府信息公开|信息公开)*$/u;
/** …between an applicant column and its number: 自然人申请40件, 法人或其他组织提出的申请5件. */
export const APPLICANT_FILLER = /^(?:[共为有]|共计|申请|提出的?(?:申请)?|提交的?(?:申请)?|的申请)?$/u;
/** What may stand between a number and a keyword that follows it: “2件结转下年度”, “12件均予以公开”. */
export const SUFFIX_FILLER = /^(?:[已均将需被]|已经|均已|依法|已全部|全部|申请|的申请)?$/u;

// ---------------------------------------------------------------- structure, time and scope

export const CLAUSE_BREAK = /[,;:。!?\n()[\]【】]/u;
export const SENTENCE_BREAK = /[。!?\n]/u;
/** A heading inside a section: （二）, 二、 — a topic starts there. */
export const HEADING = /\([一二三四五六七八九十]+\)|(?:^|[\n。])[一二三四五六七八九十]+、/gu;

/** Who a sentence is about: the body itself (我局), or an area or group of bodies (全县, 各部门, 下属单位). */
export const SUBJECT =
  /全(?:[省市州盟县区旗镇乡]|街道)(?![域性委场面])|(?:我|本)(?:[省市州县区旗镇乡]|街道)(?!域|委|政府办|人大|政协)|各(?:[级镇县区市]|部门|单位|乡镇|街道)|[县市区]直|下属|所属|直属|[局委厅办]属|下级|系统内|全系统|本级|(?:我|本)(?:[局委办馆院厅署站所会]|单位|机关|部门|中心)/gu;

/** The level a subject word names (全县 → 县), 'self' for the body itself, 'area' for all of it, 'part' for some. */
export function subjectLevel(word: string): string {
  if (/^(?:我|本)(?:[局委办馆院厅署站所会]|单位|机关|部门|中心)$/u.test(word)) return 'self';
  // 各级行政机关 is the whole area; 各部门, 各乡镇 are only some of the bodies a government's report covers.
  if (word === '各级') return 'area';
  if (/^各(?:部门|单位|乡镇|街道|[镇县区市])$|^[县市区]直$/u.test(word)) return 'part';
  if (/^(?:下属|所属|直属|[局委厅办]属|下级|系统内|全系统|本级)$/u.test(word)) return 'part';
  return word.slice(1);
}

/** Years, and words for this year or another one, outside comparisons (较上年 is a comparison). */
export const TIME =
  /(?<year>(?:19|20)\d{2})年|(?<![较比与同于])(?<previous>上一?年度?|去年|前年)|(?<next>下一?年度?|明年|次年)|(?<this>本年度?|今年|全年|年内|当年)/gu;
