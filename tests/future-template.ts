// A third template, declared as a new one would be: the 2021 tables with one row more in each table.
// Importing this module declares it (template-tree and render-template-tree tests run in processes of their own).
import { defineTemplate, type TableNode, tableOf, type TemplateId } from '../src/model/template.js';

export const FUTURE = '2099' as TemplateId;
const NEW_ROW: TableNode = { key: 'new_case', zh: '6.示例新增情形', en: 'a new case' };
const NEW_PROACTIVE: TableNode = {
  key: 'new_item',
  zh: '示例新增事项',
  en: 'a new item',
  item: '第二十条第（十五）项',
  valueLabel: { zh: '本年数量', en: 'this year' },
};
const NEW_APPEAL: TableNode = { key: 'mediation', zh: '行政调解', en: 'mediation' };

/** The 2021 template with one row more in each table: under （五）不予处理, at the end of 表二 and of 表四. */
function futureTables() {
  const base = (table: 'proactive' | 'applications' | 'appeals') => tableOf('2021', table);
  const addToGroup = (nodes: readonly TableNode[], group: string): TableNode[] =>
    nodes.map((node) =>
      node.key === group ? { ...node, rows: [...node.rows!, NEW_ROW] } : node.rows ? { ...node, rows: addToGroup(node.rows, group) } : node,
    );
  return {
    proactive: { ...base('proactive'), rows: [...base('proactive').rows, NEW_PROACTIVE] },
    applications: { ...base('applications'), rows: addToGroup(base('applications').rows, 'not_processed') },
    appeals: { ...base('appeals'), rows: [...base('appeals').rows, NEW_APPEAL] },
  };
}

defineTemplate(FUTURE, { label: { zh: '示例年报格式〔2099〕1号', en: 'a template of 2099' }, tables: futureTables() });
