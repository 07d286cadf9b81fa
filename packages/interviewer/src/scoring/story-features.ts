/**
 * Features of a behavioral story, in English and Russian: how specific it is, how much of it is
 * the candidate's own, which STAR parts it has, and whether it is about work at all. Each is a
 * count a reader can check against the answer.
 */
import { sentences } from "./text-features.ts";

/** A word-bounded pattern that also works for Cyrillic (JavaScript's \b does not). */
const bounded = (body: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, "giu");

const number = String.raw`\d+(?:[.,]\d+)?`;
const units = String.raw`%|ms|s|sec|secs|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|years?|x|×|k|m|gb|mb|tb|rps|qps|users?|people|engineers?|customers?|requests?|tickets?|pages?|incidents?|releases?|deploys?|services?|teams?|мс|сек\p{L}*|минут\p{L}*|час\p{L}*|дн\p{L}*|недел\p{L}*|месяц\p{L}*|лет|год\p{L}*|раз\p{L}*|человек|пользовател\p{L}*|клиент\p{L}*|запрос\p{L}*|инцидент\p{L}*|релиз\p{L}*|команд\p{L}*`;

const specificPatterns = [
  // 12 minutes, 40-minute, 2%, 3x, 3×, 115k users, 40 минут, 2 раза
  bounded(`${number}\\s?-?\\s?(?:${units})`),
  bounded(`[$€£₽]\\s?${number}(?:k|m)?|${number}\\s?(?:\\$|€|£|₽|руб\\p{L}*|dollars?|euros?)`),
  // from 2% to 0.1%, from 40 minutes to 6, с 40 минут до 6
  bounded(
    `from\\s+\\S{1,12}\\s+(?:\\S+\\s+)?to\\s+\\S{1,12}|с\\s+\\S{1,12}\\s+(?:\\S+\\s+)?до\\s+\\S{1,12}`,
  ),
  // two months, five or six days, a dozen tickets, три недели
  bounded(
    `(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a hundred|a thousand|thousands of|a dozen|dozens of|(?:a|one) million|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|двадцать|тридцать|сто|тысяч\\p{L}*)(?:\\s+or\\s+\\w+)?\\s+(?:${units})`,
  ),
  // halved, doubled, two thirds, twice as fast, half as long, вдвое, в три раза
  bounded(
    "halved|doubled|tripled|quadrupled|cut in half|by half|half as (?:long|much|many)|twice as|three times|ten times|(?:one|two|a) thirds?|(?:a|one|three) quarters?|вдвое|втрое|вчетверо|в (?:два|три|четыре|пять|десять|\\d+) раза?",
  ),
];

/** Numbers, percentages, durations, money, before-and-after and multipliers: what makes a story checkable. */
export function specifics(text: string): number {
  return specificPatterns.reduce((sum, p) => sum + (text.match(p)?.length ?? 0), 0);
}

const singular = bounded(
  "i|i'm|i've|i'd|my|me|myself|я|мне|меня|мной|мой|моя|моё|мое|мои|моего|моей|моих|сам|сама",
);
const plural = bounded("we|we're|we've|our|us|the team|мы|нас|нам|нами|наш\\p{L}*|команда");

/** First-person singular against plural: how much of the story is the candidate's own. */
export function ownershipRatio(text: string): number {
  const dropped = sentences(text).filter(
    (s) => russianPastClause.test(s) && !/(?<![\p{L}])мы(?![\p{L}])/iu.test(s),
  ).length;
  const mine = (text.match(singular)?.length ?? 0) + dropped;
  const ours = text.match(plural)?.length ?? 0;
  if (mine + ours === 0) return 0;
  return mine / (mine + ours);
}

const irregularPast =
  "built|wrote|rewrote|led|ran|set up|took|made|found|sent|spoke|met|drove|brought|got|gave|kept|began|chose|broke|split|put|cut|went|did|paid|held|told|taught|caught|won|shut|rolled back|paired|dug|sat down|stepped in|stayed|left|read|flew|sought|drew|spun up";

/** Past tenses that tell a state of mind, not something done ("I believed", "I wanted"). */
const stativePast =
  "believed|liked|loved|wanted|hoped|felt|seemed|used|needed|enjoyed|preferred|wished|hated|cared|tried to|appreciated|valued|learned to";

/** Present-tense "I" that tells a state or a habit, not an action in a story. */
const notActions =
  "am|'m|was|have|had|will|would|can|could|should|think|believe|feel|like|love|want|try|always|usually|often|never|guess|hope|know|mean|prefer|enjoy|value|care|tend|do not|don't|really|just";

/** The candidate's own actions told in the present tense ("I pull the data", "I propose"). */
const presentAction = bounded(
  `i (?:also |then |first |quickly |personally |finally )?(?!(?:${notActions})(?![\\p{L}']))\\p{L}+`,
);

/** Russian drops the pronoun: a clause that starts with a past-tense verb ("Взял на себя…"). */
const russianPastClause =
  /(?:^|[,;:—–-]\s*|\s(?:и|а|потом|затем|сначала)\s+)(?!(?:был|была|хотел|хотела|думал|считал|мог|могла|знал|стал)(?![\p{L}]))\p{L}{2,}(?:ал|ял|ил|ел|ёл|ул|ыл|ла|ли)(?:\s+на\s+себя)?(?![\p{L}])/iu;

const starMarkers = {
  situation: [
    bounded(
      "last (?:year|quarter|month|week|summer|winter|spring|autumn|fall)|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:a|one|two|three|a few|several|a couple of|\\d+) (?:years?|months?|weeks?) ago|i joined|when i joined|shortly after|in my (?:first|second|last|previous) (?:job|role|year|month|week)|at (?:a|an) [\\p{L}-]+(?: [\\p{L}-]+)? (?:company|startup|marketplace|bank|agency|firm|retailer|platform|shop|fintech|scale-up|consultancy)|in (?:19|20)\\d\\d|(?:at|in|on) (?:my|our) (?:previous|last|current|old|first|new) (?:job|company|team|role|employer|project)|when i (?:was|joined|worked)|our (?:team|service|system|product|company) (?:was|had|kept|used)|we were (?:building|migrating|running|moving|launching|rewriting)|there was (?:a|an)|the (?:project|service|system|team) (?:was|had)",
    ),
    bounded(
      "в прошлом году|в (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)|в (?:19|20)\\d\\d|год назад|(?:два|три|несколько|\\d+) (?:года|лет|месяц\\p{L}*) назад|на (?:прошлой|предыдущей|старой|первой|текущей) работе|в (?:прошлой|предыдущей) компании|когда я (?:работал\\p{L}*|пришел|пришла)|у нас (?:был\\p{L}*|есть)|наша команда|мы (?:переезжали|мигрировали|строили|запускали)",
    ),
  ],
  task: [
    bounded(
      "i (?:had to|needed to|was asked|was responsible|was tasked|owned|was on call|was the on-call|volunteered to|took on|was leading|wanted to (?:help|fix|make|get|find|understand)|decided to)|(?:was|were) asked (?:me )?to|asked me to|my (?:first )?(?:goal|job|task|responsibility|role|part|ticket|assignment|brief) was|the (?:goal|task|ask|brief) was|we needed to|i was (?:the|a) (?:lead|owner|tech lead|on-call)|it was (?:my|on me)|(?:fell|landed) (?:to|on) me|i (?:need|have) to|my (?:goal|job|task|role) is|it(?:'s| is) my job",
    ),
    bounded(
      "мне (?:нужно|надо) было|моя (?:задача|цель|роль)|я отвечал\\p{L}*|мне поручили|я был\\p{L}* (?:дежурн\\p{L}*|ответственн\\p{L}*|лидом)|задача (?:была|состояла)|цель была|нужно было",
    ),
  ],
  action: [
    bounded(
      `i (?:also |then |first |quickly |personally |eventually |finally )?(?:(?!(?:${stativePast})(?![\\p{L}]))\\p{L}+(?<!e)ed|${irregularPast})`,
    ),
    bounded(
      "я (?:сам\\p{L}* |тогда |сначала |потом |лично )?(?!(?:был|хотел|думал|считал|любил|мог|знал|чувствовал|верил|надеялся)\\p{L}{0,3}(?![\\p{L}]))\\p{L}+(?:л|ла|лся|лась)",
    ),
  ],
  result: [
    bounded(
      "as a result|in the end|the outcome|resulted in|which (?:meant|reduced|cut|increased|improved|saved)|since then|afterwards|instead of|half as (?:long|much)|by the end|(?:was|were|is|are) (?:back to |again )?normal|(?:have|has) since|since then|these days|now (?:a|an|the|it|we|our|this|that|every|each|releases?|deploys?|builds?|they|he|she)|back to normal|(?:had |there were |we had )?(?:no|zero) (?:more |further )?(?:\\p{L}+ )?(?:incidents?|outages?|errors?|pages?|complaints?|failures?|regressions?)|what i took (?:from|away)|i took away|takeaway|i(?:'ve| have)? learned|(?:is|was|were) (?:now|still)|closed the deal|got merged|went live|(?:reduced|increased|improved|saved|cut|shipped|launched|dropped|fell|grew|halved|doubled|went down|went up|went from|stopped|disappeared)|i learned|i learnt|lesson",
    ),
    bounded(
      "в результате|в итоге|с тех пор|после этого|(?:снизил\\p{L}*|сократил\\p{L}*|упал\\p{L}*|выросл\\p{L}*|вырос|ускорил\\p{L}*|уменьшил\\p{L}*|увеличил\\p{L}*|сэкономил\\p{L}*|запустили|исчезл\\p{L}*|прекратил\\p{L}*)|вдвое|я понял\\p{L}*|урок|(?:больше )?не (?:было|повторял\\p{L}*)|ноль|ни одного|вернул\\p{L}* в норму|пришл\\p{L}* в норму",
    ),
  ],
};
export type StarPart = keyof typeof starMarkers;

/** Which STAR parts the answer contains, each with the first sentence that shows it. */
export function starParts(text: string): Partial<Record<StarPart, string>> {
  const found: Partial<Record<StarPart, string>> = {};
  const all = sentences(text);
  for (const sentence of all) {
    for (const [part, patterns] of Object.entries(starMarkers) as [StarPart, RegExp[]][]) {
      if (!found[part] && patterns.some((p) => new RegExp(p.source, "iu").test(sentence)))
        found[part] = sentence;
    }
  }
  // A story told in the present tense, or in Russian without "я", still has actions; habits
  // ("I focus on communication") do not, so these count only in a story with a time, a place or
  // a figure.
  if (!found.action && (found.situation || specifics(text) > 0)) {
    const present = new RegExp(presentAction.source, "iu");
    const action = all.find((s) => present.test(s) || russianPastClause.test(s));
    if (action) found.action = action;
  }
  return found;
}

const workTerms = bounded(
  [
    "pm|product manager|product owner|designer|demo|deal|sales|prospect|scope|spec|mvp|prototype|shipped|admin|standups?|prs?|merge[ds]?|tickets?|ops|support|oncall|manager|director|cto|vp|team|teams|teammates?|colleagues?|manager|lead|tech lead|engineers?|developers?|stakeholders?|customers?|clients?|users?|company|org|product|project|roadmap|sprint|deadline|meeting|review|code review|pull request|pr|code|codebase|repo|bug|bugs|incident|outage|on-call|on call|pager|pages|alerts?|postmortem|post-mortem|deploy\\p{L}*|release\\p{L}*|rollout|rollback|production|prod|staging|migration|migrat\\p{L}*|refactor\\p{L}*|service|services|microservices?|system|api|endpoint|database|db|schema|queue|queues|jobs?|cron|batch|retries|retry|timeouts?|latency|throughput|cache|caching|server|servers|cluster|kubernetes|pipeline|ci|build|builds|tests?|testing|feature|features|launch\\p{L}*|ticket\\p{L}*|jira|backlog|estimate\\p{L}*|design doc|architecture|infrastructure|infra|billing|payments?|charges?|invoic\\p{L}*|checkout|dashboards?|metrics?|monitoring|logs?|sla|slo|uptime|security|on-boarding|onboarding|mentor\\p{L}*|hiring|interviews?",
    "продакт\\p{L}*|менеджер\\p{L}*|демо|сделк\\p{L}*|продаж\\p{L}*|команд\\p{L}*|коллег\\p{L}*|руководител\\p{L}*|менеджер\\p{L}*|тимлид\\p{L}*|разработчик\\p{L}*|инженер\\p{L}*|заказчик\\p{L}*|клиент\\p{L}*|пользовател\\p{L}*|компани\\p{L}*|продукт\\p{L}*|проект\\p{L}*|спринт\\p{L}*|дедлайн\\p{L}*|срок\\p{L}*|ревью|код\\p{L}*|баг\\p{L}*|ошибк\\p{L}*|инцидент\\p{L}*|авари\\p{L}*|сбо\\p{L}*|дежурств\\p{L}*|алерт\\p{L}*|релиз\\p{L}*|деплой\\p{L}*|выкатк\\p{L}*|откат\\p{L}*|прод|продакшен\\p{L}*|миграц\\p{L}*|рефакторинг\\p{L}*|сервис\\p{L}*|систем\\p{L}*|баз\\p{L}* данных|очеред\\p{L}*|задач\\p{L}*|ретра\\p{L}*|повтор\\p{L}*|таймаут\\p{L}*|задержк\\p{L}*|кэш\\p{L}*|кеш\\p{L}*|сервер\\p{L}*|кластер\\p{L}*|сборк\\p{L}*|тест\\p{L}*|фич\\p{L}*|запуск\\p{L}*|тикет\\p{L}*|архитектур\\p{L}*|инфраструктур\\p{L}*|биллинг\\p{L}*|платеж\\p{L}*|платёж\\p{L}*|списани\\p{L}*|дашборд\\p{L}*|метрик\\p{L}*|мониторинг\\p{L}*|лог\\p{L}*|собеседовани\\p{L}*",
  ].join("|"),
);

/** How many different words of working life (teams, code, releases, incidents, queues…) it uses. */
export function workTermCount(text: string): number {
  return new Set((text.match(workTerms) ?? []).map((t) => t.toLowerCase())).size;
}
