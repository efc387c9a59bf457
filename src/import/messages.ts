/**
 * The importer's words in Chinese. Its reasons, notes and remarks are built in English where they
 * arise (one sentence per case, with the template's Chinese labels inside); this catalogue gives each
 * form its Chinese, by the shape of the sentence, so that `--locale zh-CN` speaks Chinese throughout.
 * A sentence with no entry here stays in English rather than being half translated.
 */
export type ImportLocale = 'en' | 'zh-CN';

type Entry = readonly [RegExp, string | ((...groups: string[]) => string)];

const FORM_ZH: Record<string, string> = { 'a Word document': 'Word 文档', HTML: 'HTML 网页', PDF: 'PDF', text: '文本' };

const ZH: readonly Entry[] = [
  [/^row not found$/, '原文中未找到该行'],
  [/^no values after the label \(it is followed by (.+)\)$/, '行标签后没有数值（其后是 $1）'],
  [/^no values after the label$/, '行标签后没有数值'],
  [/^found (\d+) values? for (\d+) columns?: (.+)$/, '找到 $1 个数值，而该行有 $2 列：$3'],
  [/^unreadable cell (.+)$/, '单元格无法读取：$1'],
  [/^the digits (.+) can be cut into (\d+) cells in more than one way$/, '连在一起的数字 $1 拆成 $2 格不止一种拆法'],
  [/^the digits (.+) can be cut into (\d+) cells in too many ways$/, '连在一起的数字 $1 拆成 $2 格的拆法太多'],
  [
    /^the digits (.+) can be cut into (\d+) cells that add up in (\d+) ways \((.+)\)$/,
    '连在一起的数字 $1 拆成 $2 格、且行合计相符的拆法有 $3 种（$4）',
  ],
  [
    /^the numbers (.+) can be read as (\d+) cells that add up in (\d+) ways \((.+)\)$/,
    '数字 $1 读成 $2 格、且行合计相符的读法有 $3 种（$4）',
  ],
  [/^the digits (.+) cannot be cut into (\d+) cells that add up$/, '连在一起的数字 $1 无法拆成合计相符的 $2 格'],
  [/^the digits (.+) cannot be cut into (\d+) cells$/, '连在一起的数字 $1 无法拆成 $2 格'],
  [/^the row appears (\d+) times with different values \((.+)\)$/, '该行出现 $1 次，数值不同（$2）'],
  [/^the column headers \((.+)\) were not found above the row$/, '该行上方未找到列标题（$1）'],
  [/^the column headers of table 三 \((.+)\) were not recognised$/, '未能识别表三的列标题（$1）'],
  [/^the header of table 四 \((.+)\) was not recognised$/, '未能识别表四的表头（$1）'],
  [/^no numbers under the header of table 四$/, '表四表头下没有数值'],
  [
    /^the numbers under the header of table 四 come in (\d+) parts, not in one row of 15 or three rows of 5$/,
    '表四表头下的数值分成 $1 段，既不是一行 15 个，也不是三行各 5 个',
  ],
  [
    /^（六）其他处理 has one row of numbers as in the 2019 template, but table 二 follows the 2021 template$/,
    '（六）其他处理只有一行数值（2019 版格式），但表二用的是 2021 版格式',
  ],
  [
    /^（六）其他处理 is split into sub-items as in the 2021 template, but table 二 follows the 2019 template$/,
    '（六）其他处理分了子项（2021 版格式），但表二用的是 2019 版格式',
  ],
  [
    /^no title of the form “（机关）YYYY年政府信息公开工作年度报告” names the publishing body$/,
    '没有形如“（机关）YYYY年政府信息公开工作年度报告”的标题写明发布机关',
  ],
  [/^neither the title nor the statistics period gives the year$/, '标题和统计期限都没有写明年度'],
  [/^the heading (.+) was not found$/, '未找到标题 $1'],
  [/^no table under the heading (.+) \(is it a picture or an attachment\?\)$/, '标题 $1 下没有表格（是否为图片或附件？）'],
  [/^(表[二三四]) was not found \(no heading (.+) and no header of its own\)$/, '未找到$1（既无标题 $2，也无其表头）'],
  [/^the heading (.+) is written without its number (.+)$/, '原文标题 $1 缺少序号 $2'],
  [/^the published report has no heading (.+)$/, '原文缺少标题 $1'],
  [
    /^the heading (.+) is numbered (.+) in the published report, where the template numbers it (.+)$/,
    '原文标题 $1 的序号写作 $2，格式中应为 $3',
  ],
  [
    /^read as (a Word document|HTML|PDF|text)(?: \((.+)\))?$/,
    (form, encoding) => `按${FORM_ZH[form] ?? form}读取${encoding ? `（${encoding}）` : ''}`,
  ],
  [/^template (\d{4}), told by the headers of table 二$/, '按表二表头判断为 $1 版格式'],
  [/^template (\d{4}), told by the rows of （六）其他处理 in table 三$/, '按表三（六）其他处理的行判断为 $1 版格式'],
  [/^template (\d{4}): the tables do not tell, so it follows the year (\d{4})$/, '表格无法判断格式，按年度 $2 采用 $1 版格式'],
  [/^template (\d{4}): the tables do not tell, so it follows the current template$/, '表格无法判断格式，采用现行的 $1 版格式'],
  [
    /^table 二 follows the (\d{4}) template but （六）其他处理 in table 三 the (\d{4}) template$/,
    '表二为 $1 版格式，但表三（六）其他处理为 $2 版格式',
  ],
  // Why a file cannot be imported at all.
  [/^the file is empty$/, '文件为空'],
  [
    /^found no part of an annual report in it: none of the six headings \(一、总体情况 …\) and no table$/,
    '其中没有年度报告的任何部分：六个标题（一、总体情况……）和表格都没有',
  ],
  [
    /^the PDF has no text layer \(a scan or pictures of pages\): it needs OCR first; import reads the text of a PDF$/,
    'PDF 没有文字层（扫描件或页面图片），需先进行文字识别（OCR）；import 读取的是 PDF 中的文字',
  ],
  [
    /^the PDF is encrypted with a password: open it, save a copy without the password, and import that$/,
    'PDF 设有密码：请打开后另存一份无密码的副本再导入',
  ],
  [/^the PDF is damaged and cannot be read$/, 'PDF 已损坏，无法读取'],
  [/^the PDF has (\d+) pages, over the limit of (\d+) for a report$/, 'PDF 有 $1 页，超过年度报告的上限 $2 页'],
  [/^the PDF took more than (\d+) s to read$/, '读取 PDF 超过 $1 秒'],
  [/^the Word document would expand to more than (.+), over the limit for a report$/, 'Word 文档解压后将超过 $1，超出年度报告的上限'],
  [/^the Word document holds (\d+) parts, over the limit of (\d+)$/, 'Word 文档包含 $1 个部件，超过上限 $2'],
  [/^the Word document could not be read: (.+)$/, 'Word 文档无法读取：$1'],
  [/^the page nests its elements more than (\d+) deep, beyond any report$/, '网页元素嵌套超过 $1 层，不可能是年度报告'],
  [/^the page has more than (\d+) elements, beyond any report$/, '网页元素超过 $1 个，不可能是年度报告'],
  [/^the page has (\d+) characters, over the limit of (\d+) for a report$/, '网页有 $1 个字符，超过年度报告的上限 $2'],
  [/^the file is (.+), over the limit of (.+) for a report$/, '文件大小为 $1，超过年度报告的上限 $2'],
];

const AND = /^(.*), and (none of them agrees with the totals of the table|the totals of the table do not decide)$/s;
const AND_ZH: Record<string, string> = {
  'none of them agrees with the totals of the table': '且没有一种与表内合计相符',
  'the totals of the table do not decide': '表内合计也无法确定',
};

/** The sentence in the locale asked for. */
export function localize(text: string, locale: ImportLocale): string {
  if (locale === 'en') return text;
  const joined = AND.exec(text);
  if (joined) return `${localize(joined[1]!, locale)}，${AND_ZH[joined[2]!]}`;
  for (const [pattern, zh] of ZH) {
    const m = pattern.exec(text);
    if (!m) continue;
    return typeof zh === 'string' ? text.replace(pattern, zh) : zh(...m.slice(1).map((g) => g ?? ''));
  }
  return text;
}
