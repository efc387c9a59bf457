/**
 * Run-together digits: a copy that lost the borders of a row's cells (`640020470` for 64 0 0 2 0 4 70).
 * The digits are cut into the row's cells without ever joining across a space that the copy kept,
 * and without a leading zero (a cell is written `0` or `23`, never `023`). A cut that is the only one
 * possible is taken as it is; otherwise only the cuts that make the row add up (each group's last
 * cell, its 总计, equals the sum of the others) are kept, and the caller decides with the other
 * totals of the table. No cut is ever made up: when more than one remains, none is chosen here.
 */

interface SplitResult {
  /** Every cut found, up to the limit; each is one number per cell. */
  readonly cuts: readonly (readonly number[])[];
  /** True when the search stopped at the limit: there may be more cuts than `cuts` holds. */
  readonly truncated: boolean;
  /** True when the digits could be cut only one way, totals aside. */
  readonly forced: boolean;
}

const LIMIT = 64;
const BUDGET = 2_000_000;

/** Ways to cut each token suffix into cells; `ways[t][o][k]` for token t from offset o into k cells, capped at 2. */
function countWays(tokens: readonly string[], cells: number): number[][][] {
  // perToken[t][o][k]: ways to cut tokens[t].slice(o) into exactly k cells.
  const perToken = tokens.map((token) => {
    const table: number[][] = Array.from({ length: token.length + 1 }, () => new Array<number>(cells + 1).fill(0));
    table[token.length]![0] = 1;
    for (let o = token.length - 1; o >= 0; o--) {
      for (let k = 1; k <= cells; k++) {
        let ways = 0;
        const maxEnd = token[o] === '0' ? o + 1 : token.length;
        for (let e = o + 1; e <= maxEnd; e++) ways += table[e]![k - 1]!;
        table[o]![k] = Math.min(ways, 2);
      }
    }
    return table;
  });
  return perToken;
}

/** Ways to cut tokens t.. (token t from offset o) into k cells. */
function restWays(perToken: number[][][], tokens: readonly string[], t: number, o: number, k: number, memo: Map<string, number>): number {
  if (t === tokens.length) return k === 0 && o === 0 ? 1 : 0;
  const key = `${t} ${o} ${k}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let ways = 0;
  for (let here = 1; here <= k && ways < 2; here++) {
    const inToken = perToken[t]![o]![here]!;
    if (inToken > 0) ways += inToken * restWays(perToken, tokens, t + 1, 0, k - here, memo);
  }
  ways = Math.min(ways, 2);
  memo.set(key, ways);
  return ways;
}

/**
 * Cuts digit tokens (the copy's space-separated runs) into `cells` numbers. `groups` gives the sizes of
 * the row's groups whose last cell is their total (`[7]` for table 三, `[5, 5, 5]` for table 四, `[]`
 * for rows without a total).
 */
export function splitDigits(tokens: readonly string[], cells: number, groups: readonly number[]): SplitResult {
  if (tokens.some((t) => !/^\d+$/.test(t))) return { cuts: [], truncated: false, forced: false };
  const perToken = countWays(tokens, cells);
  const memo = new Map<string, number>();
  const total = restWays(perToken, tokens, 0, 0, cells, memo);
  if (total === 0) return { cuts: [], truncated: false, forced: false };
  const forced = total === 1;
  const groupEnds = new Set<number>();
  let acc = 0;
  for (const size of groups) groupEnds.add((acc += size) - 1);
  const groupStart = (k: number) => {
    let start = 0;
    for (const size of groups) {
      if (k < start + size) return start;
      start += size;
    }
    return -1;
  };

  // Without a total, two cuts already say the row cannot be cut.
  const limit = groups.length === 0 ? 2 : LIMIT;
  const cuts: number[][] = [];
  let nodes = 0;
  let truncated = false;
  const current: number[] = [];
  // Walks the cells in order; `t`, `o`: where the next cell starts.
  const walk = (t: number, o: number): void => {
    if (truncated || cuts.length >= limit) return;
    if (++nodes > BUDGET) {
      truncated = true;
      return;
    }
    const k = current.length;
    if (k === cells) {
      if (t === tokens.length) {
        cuts.push([...current]);
        // So many cuts that add up tell nothing; the search stops and says so.
        if (cuts.length === LIMIT) truncated = true;
      }
      return;
    }
    if (t === tokens.length) return;
    const token = tokens[t]!;
    const maxEnd = token[o] === '0' ? o + 1 : token.length;
    for (let e = o + 1; e <= maxEnd; e++) {
      const nextT = e === token.length ? t + 1 : t;
      const nextO = e === token.length ? 0 : e;
      // Enough cells left for the digits that remain, and digits for the cells?
      if (restWays(perToken, tokens, nextT, nextO, cells - k - 1, memo) === 0) continue;
      const value = Number(token.slice(o, e));
      if (!forced && groupEnds.has(k)) {
        const start = groupStart(k);
        let sum = 0;
        for (let i = start; i < k; i++) sum += current[i]!;
        if (value !== sum) continue;
      }
      current.push(value);
      walk(nextT, nextO);
      current.pop();
      if (truncated || cuts.length >= limit) return;
    }
  };
  walk(0, 0);
  return { cuts, truncated, forced };
}
