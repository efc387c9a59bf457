/**
 * Sentences of our own, in families, for the metamorphic tests of narrative-consistency. None is taken
 * from a real report. The numbers are chosen to differ from the busy fixture's tables (fixtures/valid/
 * busy-2022.yaml: 一 52 (自然人 40), 二 3, （一）24, （二）5, （三）5, （四）11, （五）3, （六）3, （七）51, 四 4;
 * 行政复议 4, 行政诉讼 1), so that reading one of them as a claim would draw a warning.
 */

/** Sentences that look like claims and are not: adding any of them to a consistent report keeps it silent. */
export const DISTRACTOR_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  'slogans and set phrases': [
    '深化“一件事一次办”改革，推动政务服务“最多跑一次”。',
    '坚持依申请公开“一件一档”管理，做到件件有回音。',
    '围绕“十件民生实事”做好政策解读和信息发布。',
    '推行“三个一”工作法，即一张清单、一套流程、一个台账。',
    '以“办好一件事”为目标，优化依申请公开办理流程。',
    '依申请公开办理实行一件一策、一件一档。',
  ],
  'other bodies and the whole area': [
    '全县各级行政机关共收到政府信息公开申请860件。',
    '全县市场监管系统共受理政府信息公开申请97件，办结95件。',
    '局属各单位共收到政府信息公开申请17件，均已按时答复。',
    '各乡镇（街道）共办结政府信息公开申请230件。',
    '据统计，全市备案行政复议案件96件，其中涉及政府信息公开的12件。',
    '县直各部门共受理依申请公开事项310件。',
  ],
  'negated outcomes': [
    '全年未发生因政府信息公开答复被行政复议机关撤销的情况。',
    '本年度没有出现政府信息公开申请答复超期的情况。',
    '全年未收到对政府信息公开工作的投诉举报。',
    '全年未收到政府信息公开申请人对答复结果的异议。',
    '没有发生行政诉讼败诉案件。',
    '未发生因政府信息公开申请处理不当引发的舆情。',
  ],
  'changes and rates': [
    '新收申请数量较上年增加17件，增长48.6%。',
    '与上年相比，办结数量减少9件。',
    '按时答复率100%，平均答复时间为8个工作日。',
    '申请量同比下降12.5%，其中自然人申请占76.9%。',
    '新收申请比上年多出20件。',
    '办结件数占全部申请的98%。',
  ],
  'parts and channels': [
    '其中通过网络提交的申请17件，当面提交的6件。',
    '涉及食品安全监管的申请22件，涉及行政处罚的9件。',
    '申请人主动撤回申请7件。',
    '通过政府信息公开平台在线受理申请30件。',
    '以信函方式提交的申请共计11件。',
    '关于企业登记信息的申请13件。',
    '收到6件重复申请。',
  ],
  'other kinds of requests': [
    '办理县人大代表建议15件、政协委员提案9件，办结率100%。',
    '受理12345热线工单1300余件，均按时办结。',
    '全年接待群众来信来访28件。',
    '受理行政许可申请1265件，全部办结。',
    '回复网民留言36件，答复率100%。',
    '处理投诉举报案件86件。',
    '依法处理7件信访类来信。',
    '办结8件人大建议。',
  ],
  'several years': [
    '2019年以来累计受理政府信息公开申请600件。',
    '近三年共收到政府信息公开申请150件。',
    '三年来共办结政府信息公开申请142件。',
    '自2020年至今，累计答复申请210件。',
    '历年结转的申请均已办结。',
  ],
  'proactive disclosure': [
    '全年主动公开政府信息1204条，发布政策解读30篇。',
    '在门户网站公开行政处罚决定87件。',
    '主动公开规范性文件5件，废止2件。',
    '召开新闻发布会6场，回应社会关切19次。',
    '公开财政预决算信息16条。',
    '全年公开行政许可决定1265件，行政强制3件。',
  ],
  'numbers split by layout': [
    '全年新收政府信息公开申请5 2件。',
    '办结5 1件。',
    '新收政府信息公开申请５　２件。',
    '上年结转 0 3 件。',
    '其中予以公开2 4件。',
    '依照条例规定的程序和时限，本年度新收政府信息公开申请5\n2件。',
  ],
  'other years': [
    '上年度共收到政府信息公开申请36件。',
    '去年同期办结申请40件。',
    '2021年，我局收到政府信息公开申请45件。',
    '前年共受理申请28件。',
    '2021年度新收政府信息公开申请31件，结转下年度2件。',
  ],
  'appeals the body decides, records or attends': [
    '作为复议机关，本年度受理行政复议申请18件。',
    '县政府行政复议委员会审结行政复议案件22件。',
    '代理县政府出庭应诉行政诉讼案件7件。',
    '全市法院审结政府信息公开行政诉讼案件41件。',
    '行政复议机关纠正违法或不当行政行为9件。',
    '全年共办理行政复议案件35件，其中涉及政府信息公开的2件。',
  ],
  'plans, conditions and targets': [
    '力争全年答复率达到100%。',
    '如收到政府信息公开申请，将在20个工作日内答复。',
    '计划新增依申请公开办理窗口2个。',
    '确保每件申请在15个工作日内办结。',
    '下一年度预计收到申请60件左右。',
    '对逾期未补正的申请，不再处理。',
  ],
  'conclusions of a part, or not all': [
    '上年结转的申请均已办结。',
    '其余申请均已办理完毕。',
    '受理的申请尚未全部办结。',
    '涉及征收补偿的申请均已办结。',
    '通过网络提交的申请都已办理完毕。',
    '所有人大建议均已办结。',
  ],
  'manners of handling': ['其中延期答复2件。', '逾期答复1件。', '当场答复咨询7件。', '以书面形式答复9件。', '超期办结的申请6件。'],
  'set phrases repeating a numeral': [
    '坚持收到一件、登记一件、办结一件，做到件件有着落。',
    '受理一件、办理一件、销号一件。',
    '做到答复一件、归档一件。',
    '办结一宗，公开一宗。',
    '接收一件，审核一件，答复一件。',
  ],
  'a part of the year': [
    '12月份新收政府信息公开申请8件。',
    '第四季度共受理政府信息公开申请18件。',
    '上半年收到政府信息公开申请20件，办结19件。',
    '1至6月共办结政府信息公开申请23件。',
    '三月集中收到涉及拆迁补偿的申请12件。',
  ],
  'dates, document numbers and ranks': [
    '根据《关于做好2022年政务公开工作的通知》（示政办发〔2022〕12号）开展工作。',
    '于2022年3月15日办结第3件申请。',
    '截至12月31日，第4季度收到的申请已全部答复。',
    '按照示政办〔2022〕5号文件要求，建立台账12本。',
    '《条例》第三十三条规定，答复期限为20个工作日。',
  ],
};

/**
 * Sentences that state figures of the busy fixture truly, in varied wording: each must be read (as the
 * quantity given) and agree; with its number changed it must be reported at that claim.
 */
export const TRUE_CLAIMS: readonly { readonly text: string; readonly number: string; readonly quantity: string; readonly value: number }[] =
  [
    { text: '本年度共收到政府信息公开申请52件。', number: '52', quantity: 'new', value: 52 },
    { text: '全年受理各类政府信息公开申请五十二件。', number: '五十二', quantity: 'new', value: 52 },
    { text: '我局新收依申请公开事项52件。', number: '52', quantity: 'new', value: 52 },
    { text: '共接收公民、法人和其他组织提出的政府信息公开申请52件。', number: '52', quantity: 'new', value: 52 },
    { text: '2022年收到政府信息公开申请共计52件。', number: '52', quantity: 'new', value: 52 },
    { text: '从上一年度结转的申请3件。', number: '3', quantity: 'carriedOver', value: 3 },
    { text: '全年共办结政府信息公开申请51件。', number: '51', quantity: 'total', value: 51 },
    { text: '已依法作出答复51件。', number: '51', quantity: 'total', value: 51 },
    { text: '截至年底，尚有4件正在办理中。', number: '4', quantity: 'carriedForward', value: 4 },
    { text: '另有4件结转至2023年继续办理。', number: '4', quantity: 'carriedForward', value: 4 },
    { text: '其中予以公开24件。', number: '24', quantity: 'disclosed', value: 24 },
    { text: '予以公开及部分公开29件。', number: '29', quantity: 'disclosedAndPartially', value: 29 },
    { text: '无法提供11件。', number: '11', quantity: 'unavailable', value: 11 },
    { text: '不予处理3件。', number: '3', quantity: 'notProcessed', value: 3 },
    { text: '因其他原因其他处理3件。', number: '3', quantity: 'otherwiseHandled', value: 3 },
    { text: '全年因政府信息公开工作被申请行政复议4件。', number: '4', quantity: 'reconsideration', value: 4 },
    { text: '因政府信息公开被提起行政诉讼1件。', number: '1', quantity: 'litigation', value: 1 },
  ];

/**
 * The busy fixture's paragraph on applications written in other layouts and words: each replaces it,
 * must stay silent, and must be read as the quantities listed (readings joined by |).
 */
export const LAYOUTS: readonly { readonly text: string; readonly read: readonly string[] }[] = [
  {
    text: '（二）依申请公开\n本年度我局共受理政府信息公开申请５２件，另有上年结转申请３件。全年办结５１件，４件结转下年度继续办理。',
    read: ['new=52', 'carriedOver=3', 'total=51', 'carriedForward=4'],
  },
  {
    text: '（二）依申请公开情况。2022年共收到政府信息公开申请五十二件，上年结转三件；依法作出答复五十一件，结转下年度四件。',
    read: ['new=52', 'carriedOver=3', 'total=51', 'carriedForward=4'],
  },
  {
    text:
      '（二）依申请公开。我局严格执行《条例》规定，全年新收政府信息公开申请52件，其中自然人申请40件，法人或其他组织申请12件；上一年度结转3件。' +
      '办理结果：予以公开24件，部分公开5件，不予公开5件，无法提供11件，不予处理3件，其他处理3件。截至12月31日，尚有4件正在办理中。',
    read: [
      'new=52',
      'naturalPerson=40',
      'legalPerson=12',
      'carriedOver=3',
      'disclosed=24',
      'partiallyDisclosed=5',
      'withheld=5',
      'unavailable=11',
      'notProcessed=3',
      'otherwiseHandled=3',
      'carriedForward=4',
    ],
  },
  {
    text: '（二）依申请公开。全年新收政府信息公开申请\n52件，上年结转3件，办结51件，结转下年度4件。',
    read: ['new=52', 'carriedOver=3', 'total=51', 'carriedForward=4'],
  },
  {
    text: '（二）依申请公开。2022年，我局收到政府信息公开申请52件（不含上年结转3件），办结51件，结转至2023年继续办理4件。因政府信息公开工作被申请行政复议4件，被提起行政诉讼1件。',
    read: ['new=52', 'carriedOver=3', 'total=51', 'carriedForward=4', 'reconsideration=4', 'litigation=1'],
  },
  {
    text: '（二）依申请公开。全年共办理政府信息公开申请55件（含上年结转3件），结转下年度4件。',
    read: ['newAndCarriedOver|total=55', 'carriedOver=3', 'carriedForward=4'],
  },
];
