#!/usr/bin/env node
// Builds the two import fixtures that are not plain text (node scripts/build-import-fixtures.mjs):
//   fixtures/import/word.docx  a Word document, written here as its XML parts and zipped (fflate):
//                              a table with merged cells (gridSpan, vMerge) as Word writes them. Its
//                              （七）总计 is one short of its rows in 自然人, an error import must keep;
//   fixtures/import/gbk.html   a page in GBK with a <meta charset> of gb2312, encoded with the
//                              inverse of Node's own GBK decoder.
// The reports in them are made up for the tests. The outputs are committed; run this after a change.
import { writeFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';

const out = (name) => new URL(`../fixtures/import/${name}`, import.meta.url);

// ---- word.docx ----

const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (text) => `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
/**
 * A cell: text (empty for a blank), and how it is merged.
 * @param {string} text
 * @param {{ span?: number, vmerge?: 'restart' | 'continue' }} [merge]
 */
const cell = (text, { span = 1, vmerge } = {}) =>
  `<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${vmerge === 'restart' ? '<w:vMerge w:val="restart"/>' : vmerge ? '<w:vMerge/>' : ''}</w:tcPr>${
    text === '' ? '<w:p/>' : para(text)
  }</w:tc>`;
const row = (...cells) => `<w:tr>${cells.join('')}</w:tr>`;
const table = (rows) => `<w:tbl><w:tblPr><w:tblBorders/></w:tblPr>${rows.join('')}</w:tbl>`;
const values = (...numbers) => numbers.map((n) => cell(String(n)));

const table2 = table([
  row(cell('第二十条第（一）项', { span: 4 })),
  row(cell('信息内容'), cell('本年制发件数'), cell('本年废止件数'), cell('现行有效件数')),
  row(cell('规章'), ...values(0, 0, 0)),
  row(cell('行政规范性文件'), ...values(2, 0, 9)),
  row(cell('第二十条第（五）项', { span: 4 })),
  row(cell('信息内容'), cell('本年处理决定数量', { span: 3 })),
  row(cell('行政许可'), cell('731', { span: 3 })),
  row(cell('第二十条第（六）项', { span: 4 })),
  row(cell('信息内容'), cell('本年处理决定数量', { span: 3 })),
  row(cell('行政处罚'), cell('64', { span: 3 })),
  row(cell('行政强制'), cell('0', { span: 3 })),
  row(cell('第二十条第（八）项', { span: 4 })),
  row(cell('信息内容'), cell('本年收费金额（单位：万元）', { span: 3 })),
  row(cell('行政事业性收费'), cell('3.5', { span: 3 })),
]);

const zeros = [0, 0, 0, 0, 0, 0, 0];
/** A row of 三、本年度办理结果: that cell merged down from the first such row, then the row's own cells. */
const result = (first, cells) => row(cell(first ? '三、本年度办理结果' : '', { vmerge: first ? 'restart' : 'continue' }), ...cells);
/** The rows of a group of results, its label merged down over them. */
const group = (label, rows) =>
  rows.map(([rowLabel, numbers], i) =>
    result(false, [cell(i === 0 ? label : '', { vmerge: i === 0 ? 'restart' : 'continue' }), cell(rowLabel), ...values(...numbers)]),
  );
const table3 = table([
  row(
    cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { span: 3, vmerge: 'restart' }),
    cell('申请人情况', { span: 7 }),
  ),
  row(
    cell('', { span: 3, vmerge: 'continue' }),
    cell('自然人', { vmerge: 'restart' }),
    cell('法人或其他组织', { span: 5 }),
    cell('总计', { vmerge: 'restart' }),
  ),
  row(
    cell('', { span: 3, vmerge: 'continue' }),
    cell('', { vmerge: 'continue' }),
    ...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((c) => cell(c)),
    cell('', { vmerge: 'continue' }),
  ),
  row(cell('一、本年新收政府信息公开申请数量', { span: 3 }), ...values(7, 2, 0, 0, 0, 1, 10)),
  row(cell('二、上年结转政府信息公开申请数量', { span: 3 }), ...values(1, 0, 0, 0, 0, 0, 1)),
  result(true, [cell('（一）予以公开', { span: 2 }), ...values(4, 1, 0, 0, 0, 1, 6)]),
  result(false, [cell('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', { span: 2 }), ...values(1, 0, 0, 0, 0, 0, 1)]),
  ...group(
    '（三）不予公开',
    [
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '5.属于三类内部事务信息',
      '6.属于四类过程性信息',
      '7.属于行政执法案卷',
      '8.属于行政查询事项',
    ].map((l) => [l, zeros]),
  ),
  ...group('（四）无法提供', [
    ['1.本机关不掌握相关政府信息', [1, 1, 0, 0, 0, 0, 2]],
    ['2.没有现成信息需要另行制作', zeros],
    ['3.补正后申请内容仍不明确', zeros],
  ]),
  ...group(
    '（五）不予处理',
    [
      '1.信访举报投诉类申请',
      '2.重复申请',
      '3.要求提供公开出版物',
      '4.无正当理由大量反复申请',
      '5.要求行政机关确认或重新出具已获取信息',
    ].map((l) => [l, zeros]),
  ),
  ...group('（六）其他处理', [
    ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [1, 0, 0, 0, 0, 0, 1]],
    ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', zeros],
    ['3.其他', zeros],
  ]),
  result(false, [cell('（七）总计', { span: 2 }), ...values(6, 2, 0, 0, 0, 1, 9)]),
  row(cell('四、结转下年度继续办理', { span: 3 }), ...values(2, 0, 0, 0, 0, 0, 2)),
]);

const kinds = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const table4 = table([
  row(cell('行政复议', { span: 5 }), cell('行政诉讼', { span: 10 })),
  row(...kinds.map((k) => cell(k, { vmerge: 'restart' })), cell('未经复议直接起诉', { span: 5 }), cell('复议后起诉', { span: 5 })),
  row(...kinds.map(() => cell('', { vmerge: 'continue' })), ...kinds.map((k) => cell(k)), ...kinds.map((k) => cell(k))),
  row(...values(1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0)),
]);

const body = [
  para('示例县林业局2022年政府信息公开工作年度报告'),
  para('本报告由示例县林业局根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为2022年1月1日至12月31日。'),
  para('一、总体情况'),
  para('2022年，我局在县政府门户网站主动公开政府信息86条，其中林木采伐许可信息41条。'),
  para('二、主动公开政府信息情况'),
  table2,
  para('三、收到和处理政府信息公开申请情况'),
  table3,
  para('四、政府信息公开行政复议、行政诉讼情况'),
  table4,
  para('五、存在的主要问题及改进情况'),
  para('林木采伐许可信息的公开还不够及时。下一年度将在许可决定作出后七个工作日内公开。'),
  para('六、其他需要报告的事项'),
  para('本年度未收取信息处理费。'),
].join('');

const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

// A fixed date keeps the zip the same from one build to the next.
const mtime = new Date('2023-01-01T00:00:00Z');
const docx = zipSync(
  { '[Content_Types].xml': strToU8(contentTypes), '_rels/.rels': strToU8(rels), 'word/document.xml': strToU8(documentXml) },
  { mtime },
);
writeFileSync(out('word.docx'), docx);

// ---- gbk.html ----

/** Characters to GBK bytes, from Node's GBK decoder run over every two-byte code. */
function gbkEncoder() {
  const table = new Map();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return (text) => {
    const bytes = [];
    for (const ch of text) {
      const code = ch.codePointAt(0);
      if (code < 0x80) bytes.push(code);
      else if (table.has(ch)) bytes.push(...table.get(ch));
      else throw new Error(`not in GBK: ${ch}`);
    }
    return new Uint8Array(bytes);
  };
}

const gbkPage = `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>示例镇人民政府2020年政府信息公开工作年度报告</title>
<meta name="PubDate" content="2021-01-28 09:30">
</head>
<body>
<div class="content">
<p>示例镇人民政府2020年政府信息公开工作年度报告</p>
<p>一、总体情况</p>
<p>2020年，我镇通过镇政府信息公开专栏主动公开政府信息52条。</p>
<p>二、主动公开政府信息情况</p>
<table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>规范性文件</td><td>1</td><td>1</td><td>6</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政许可</td><td>12</td><td>-2</td><td>35</td></tr>
<tr><td>其他对外管理服务事项</td><td>4</td><td>0</td><td>18</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政处罚</td><td>3</td><td>1</td><td>7</td></tr>
<tr><td>行政强制</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td></tr>
<tr><td>行政事业性收费</td><td>2</td><td colspan="2">0</td></tr>
<tr><td colspan="4">第二十条第（九）项</td></tr>
<tr><td>信息内容</td><td>采购项目数量</td><td colspan="2">采购总金额</td></tr>
<tr><td>政府集中采购</td><td>3</td><td colspan="2">41.6</td></tr>
</table>
<p>三、收到和处理政府信息公开申请情况</p>
<table border="1">
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
<tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td rowspan="20">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td rowspan="8">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>2.其他法律行政法规禁止公开</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>3.危及“三安全一稳定”</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>4.保护第三方合法权益</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>5.属于三类内部事务信息</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>6.属于四类过程性信息</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>7.属于行政执法案卷</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>8.属于行政查询事项</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td rowspan="3">（四）无法提供</td><td>1.本机关不掌握相关政府信息</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td>2.没有现成信息需要另行制作</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>3.补正后申请内容仍不明确</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td rowspan="5">（五）不予处理</td><td>1.信访举报投诉类申请</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>2.重复申请</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>3.要求提供公开出版物</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>4.无正当理由大量反复申请</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>5.要求行政机关确认或重新出具已获取信息</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td colspan="2">（六）其他处理</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td colspan="2">（七）总计</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
<tr><td colspan="3">四、结转下年度继续办理</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</table>
<p>四、政府信息公开行政复议、行政诉讼情况</p>
<table border="1">
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</table>
<p>五、存在的主要问题及改进情况</p>
<p>信息公开专栏更新不够及时。2021年将每月检查一次专栏。</p>
<p>六、其他需要报告的事项</p>
<p>无。</p>
</div>
</body>
</html>
`;
writeFileSync(out('gbk.html'), gbkEncoder()(gbkPage));
