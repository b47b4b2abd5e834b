import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import { PUBLISHED_PASSWORDS } from "./published-passwords";

/** Runs a password must not be part of: digits, the alphabet, keyboard rows (either way). */
const FORWARD = ["01234567890123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"];
const RUNS = [...FORWARD, ...FORWARD.map((run) => [...run].reverse().join(""))];

/**
 * What zxcvbn's lists (passwords leaked worldwide, names and words in Latin letters) lack and
 * Chinese users choose: the app's and the office's own words, pinyin phrases and lucky numbers of
 * leaked Chinese password lists, and the commonest surnames (张伟1988). A password built on them
 * is judged by what remains.
 */
const CHINESE_WORDS = [
  "duban", "dubanxitong", "zhengfu", "gongzuo", "baogao", "ducha", "mima", "guanliyuan",
  "woaini", "aini", "iloveyou", "5201314", "1314520", "1314", "520", "woaini1314", "zhongguo", "china", "admin", "huawei", "welcome", "test",
  // Places: a city's own name and a year is the first thing tried against its government's staff.
  "beijing", "shanghai", "tianjin", "chongqing", "luoyang", "zhengzhou", "henan", "guangzhou", "shenzhen", "wuhan", "nanjing", "hangzhou", "chengdu", "xian",
  "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo",
  "wei", "fang", "jun", "yong", "jie", "tao", "ming", "chao", "xiu", "ying", "hua", "hong", "ping", "gang", "qiang", "lei", "jing", "na", "min",
  // The commonest full names (a name and a birthday is a classic): 张伟, 王伟, 王芳, 李伟…
  "zhangwei", "wangwei", "wangfang", "liwei", "wangxiuying", "lixiuying", "lina", "zhangxiuying", "liuwei", "zhangmin", "lijing", "zhangli",
  "wangjing", "wangli", "zhangjing", "lihong", "zhangyong", "wangmin", "liqiang", "wangyong", "liuyang", "zhangjie", "wangjun", "lijun", "zhangtao",
  "liming", "xiaoming", "lixiaoming", "wangming", "zhangming", "chenjie", "chenming", "liuming", "xiaohong", "xiaoli",
];

/**
 * Fewer than about 3 × 10⁸ estimated guesses (10^8.5; zxcvbn's own "score 3" starts at 10⁸, which
 * still let Admin@2023! and Liming@19880808 through): what an offline guesser tries first.
 */
const MIN_GUESSES_LOG10 = 8.5;

let estimator: ZxcvbnFactory | null = null;
/** Built once per process, on first use: ranking the dictionaries takes a few hundred milliseconds. */
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    // The passwords printed with Duban (its demo accounts'): a dictionary of their own, so one of
    // them, one built on it (Duban-Official-2023!) or on it without its year (Duban-Official-2024)
    // counts a handful of guesses.
    dictionary: { ...common.dictionary, chinese: CHINESE_WORDS, published: PUBLISHED_PASSWORDS.flatMap((p) => [p.toLowerCase(), p.toLowerCase().replace(/\d+$/, "")]) },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

/**
 * Whether a password long enough is still one anybody would guess: a character or two repeated
 * ("aaaaaaaaaa", "abababab12"), a run of digits, letters or keys ("1234567890", "qwertyuiop"), or
 * what zxcvbn (the crackers' own patterns over lists of leaked passwords, names and words)
 * estimates fewer than 10^8.5 guesses find ("password123", "Password@123", "ZhangWei@1990"), a
 * password published with Duban among them ("Duban-Official-2023").
 * Checked by the password field's schema, wherever a password is set.
 */
export function isWeakPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (new Set(lower).size < 5) return true;
  if (RUNS.some((run) => run.includes(lower))) return true;
  // Judged in lower case too: capitals where a name starts add little for a guesser who tries
  // them first (ZhangWei@1990), though zxcvbn counts them as a variation.
  // (Once when it has no capitals: the estimate is not cheap.)
  return [...new Set([password, lower])].some((candidate) => strengthEstimator().check(candidate).guessesLog10 < MIN_GUESSES_LOG10);
}

/**
 * Whether the account's own login name is inside its password ("zhangsan2023"): checked where
 * the account is known — creating it, resetting it, its owner changing it.
 */
export function containsLoginName(password: string, loginName: string): boolean {
  return loginName.length >= 2 && password.toLowerCase().includes(loginName.toLowerCase());
}
