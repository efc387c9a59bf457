import { type Locale } from '../engine/types.js';

/** Commander's "(Did you mean x?)", which it puts on a line of its own. */
const SUGGESTION = /\(Did you mean (.+?)\?\)/;

const suggested = (message: string) => {
  const match = SUGGESTION.exec(message);
  return match ? `（是否要写 ${match[1]}？）` : '';
};

const list = (choices: string) => choices.split(', ').join('、');

/**
 * Commander's own errors in Chinese, known by their code; the parts they name (options, arguments, values)
 * are taken from commander's English line as it wrote them. Undefined for a line of another form.
 */
const CHINESE: Readonly<Record<string, (message: string) => string | undefined>> = {
  'commander.missingArgument': (message) => {
    const name = /^missing required argument '(.+)'$/.exec(message)?.[1];
    return name === undefined ? undefined : `缺少必需的参数 ${name}`;
  },
  'commander.optionMissingArgument': (message) => {
    const flags = /^option '(.+)' argument missing$/.exec(message)?.[1];
    return flags === undefined ? undefined : `选项 ${flags} 缺少取值`;
  },
  'commander.missingMandatoryOptionValue': (message) => {
    const flags = /^required option '(.+)' not specified$/.exec(message)?.[1];
    return flags === undefined ? undefined : `必须指定选项 ${flags}`;
  },
  'commander.unknownOption': (message) => {
    const flag = /^unknown option '(.+?)'/.exec(message)?.[1];
    return flag === undefined ? undefined : `没有选项 ${flag}${suggested(message)}`;
  },
  'commander.unknownCommand': (message) => {
    const name = /^unknown command '(.+?)'/.exec(message)?.[1];
    return name === undefined ? undefined : `没有命令 ${name}${suggested(message)}`;
  },
  'commander.excessArguments': (message) => {
    const match = /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(message);
    if (!match) return undefined;
    const [, command, expected, got] = match;
    return `${command === undefined ? '' : `${command} 的`}参数太多：应有 ${expected} 个，收到 ${got} 个`;
  },
  'commander.invalidArgument': (message) => {
    const option = /^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/.exec(message);
    if (option) return `选项 ${option[1]} 的取值 "${option[2]}" 无效，可选：${list(option[3]!)}`;
    const argument = /^command-argument value '(.*)' is invalid for argument '(.+)'\. Allowed choices are (.+)\.$/.exec(message);
    if (argument) return `参数 ${argument[2]} 的取值 "${argument[1]}" 无效，可选：${list(argument[3]!)}`;
    return undefined;
  },
};

/**
 * The one line for a commander error: under en as commander wrote it (its "error: " dropped, its
 * suggestion joined to the line); under zh-CN the common ones in Chinese, others as in English.
 */
export function commanderErrorLine(code: string, message: string, locale: Locale): string {
  const english = message.replace(/^error: /, '').trim();
  const chinese = locale === 'zh-CN' && Object.hasOwn(CHINESE, code) ? CHINESE[code]!(english) : undefined;
  return (
    chinese ??
    english
      .split('\n')
      .map((part) => part.trim())
      .filter(Boolean)
      .join(' ')
  );
}
