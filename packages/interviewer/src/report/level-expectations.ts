import { levels } from "@mentara/domain/interview";
import {
  type LevelExpectationId,
  levelExpectationCatalog,
} from "@mentara/domain/level-expectations";
import type { InterviewSubject } from "../engine/interview-subject.ts";
import { type Concept, normalizeForSignals, showsConcept } from "../scoring/concept-signals.ts";
import type { DimensionScore } from "../scoring/dimension-score.ts";
import { candidateTurns, type InterviewRecord } from "../scoring/interview-record.ts";
import { withoutScorerInstructions } from "../scoring/text-features.ts";

/** One thing the level expects, and whether this interview showed it. */
export interface LevelExpectation {
  /** A stable key the app translates ("coding.optimal"). */
  id: string;
  text: string;
  met: boolean;
}

interface Rule {
  id: LevelExpectationId;
  text: string;
  met: (facts: Facts) => boolean;
}

interface Facts {
  subject: InterviewSubject;
  record: InterviewRecord;
  score: (dimension: string) => number;
  /** The candidate's own words, instructions to the scorer removed, normalised for concepts. */
  said: string;
}

const failure: Concept = {
  en: [
    "fail*",
    "goes down",
    "is down",
    "outage",
    "crash*",
    "failover",
    "fall back",
    "fallback",
    "degrad*",
    "circuit breaker*",
    "retr*",
    "timeout*",
    "dead letter",
    "redundan*",
  ],
  ru: ["отказ*", "упад*", "падени*", "сбо*", "авари*", "деградац*", "ретра*", "повтор*", "резерв*"],
};
const multiRegion: Concept = {
  en: [
    "multi region",
    "multiple regions",
    "cross region",
    "another region",
    "each region",
    "other region*",
    "regions",
    "geo replicat*",
    "geo distributed",
    "data centers",
    "datacenters",
    "active active",
  ],
  ru: ["регион*", "дата центр*", "датацентр*", "цод*", "гео*"],
};
const cost: Concept = {
  en: [
    "cost*",
    "expensive",
    "cheap*",
    "budget*",
    "spend*",
    "dollars",
    "pricing",
    "usd",
    "cloud bill",
    "the bill",
  ],
  ru: ["стоимост*", "дорог*", "дешев*", "бюджет*", "затрат*", "расход*"],
};
const edgeCases: Concept = {
  en: [
    "edge case*",
    "corner case*",
    "empty",
    "single element",
    "duplicate*",
    "negative*",
    "overflow",
  ],
  ru: ["граничн*", "пуст*", "дубликат*", "отрицательн*"],
};
const wideScope: Concept = {
  en: [
    "other teams",
    "several teams",
    "multiple teams",
    "across teams",
    "cross team",
    "the company",
    "the organi*",
    "org wide",
    "company wide",
    "departments",
  ],
  ru: ["других команд*", "нескольк* команд*", "всей компани*", "по всей компании", "отдел*"],
};
const orgChange: Concept = {
  en: [
    "every team",
    "all teams",
    "company wide",
    "org wide",
    "standard*",
    "process for",
    "adopted by",
    "policy",
    "the whole org*",
    "engineering wide",
    "across the company",
  ],
  ru: ["все команды", "всех команд*", "стандарт*", "процесс*", "во всей компании"],
};

const said = (facts: Facts, concept: Concept) => showsConcept(facts.said, concept);

const codingRules: Rule[] = [
  {
    id: "coding.working_code",
    text: "Working code of your own that passes most of the tests",
    met: (f) => f.score("problem_solving") >= 3 || f.score("code_quality") >= 3,
  },
  {
    id: "coding.all_tests_and_complexity",
    text: "Every test passing, and the time complexity of your final code stated correctly",
    met: (f) => f.score("code_quality") >= 3 && f.score("complexity_analysis") >= 3,
  },
  {
    id: "coding.optimal_unaided",
    text: "The optimal time complexity, with edge cases covered and at most one gentle hint",
    met: (f) => {
      const optimal = f.subject.coding?.optimalTime;
      const measured = f.record.runs.at(-1)?.measuredComplexity;
      const hints = f.record.state?.hints ?? [];
      return (
        measured !== undefined &&
        measured === optimal &&
        said(f, edgeCases) &&
        hints.every((tier) => tier <= 1) &&
        hints.length <= 1
      );
    },
  },
  {
    id: "coding.no_hints",
    text: "No hints at all",
    met: (f) => (f.record.state?.hints.length ?? 0) === 0,
  },
];

const designRules: Rule[] = [
  {
    id: "design.working_design",
    text: "Requirements and a high-level design that works end to end",
    met: (f) => f.score("requirements") >= 2 && f.score("high_level_design") >= 2,
  },
  {
    id: "design.api_and_scale",
    text: "The API and data model, with the scale estimated",
    met: (f) => f.score("api_and_data_model") >= 2 && f.score("requirements") >= 2,
  },
  {
    id: "design.deep_dives",
    text: "Deep dives into the hard parts, with alternatives weighed",
    met: (f) => f.score("deep_dives_and_scalability") >= 3 && f.score("trade_offs") >= 2,
  },
  {
    id: "design.failure",
    text: "What happens when parts of the system fail",
    met: (f) => said(f, failure),
  },
  {
    id: "design.regions",
    text: "Serving more than one region",
    met: (f) => said(f, multiRegion),
  },
  {
    id: "design.cost",
    text: "What the design costs to run",
    met: (f) => said(f, cost),
  },
];

const behavioralRules: Rule[] = [
  {
    id: "behavioral.complete_stories",
    text: "Complete stories: the situation, your task, what you did and the result",
    met: (f) => f.score("star_completeness") >= 3,
  },
  {
    id: "behavioral.measured_results",
    text: "Results backed by figures, and your own part in them",
    met: (f) => f.score("depth") >= 3 && f.score("ownership_and_impact") >= 3,
  },
  {
    id: "behavioral.beyond_team",
    text: "Impact beyond your own team",
    met: (f) => said(f, wideScope) || said(f, orgChange),
  },
  {
    id: "behavioral.organisation",
    text: "Changes that reached the wider organisation",
    met: (f) => said(f, orgChange),
  },
];

const rulesFor = { coding: codingRules, system_design: designRules, behavioral: behavioralRules };

/**
 * What the interview's level expects of a candidate of this kind of interview, each item marked met
 * or not. The report shows it at the top; a hire needs every item met.
 */
export function levelExpectations(
  subject: InterviewSubject,
  record: InterviewRecord,
  scores: DimensionScore[],
): LevelExpectation[] {
  const facts: Facts = {
    subject,
    record,
    score: (dimension) => scores.find((s) => s.dimension === dimension)?.score ?? 1,
    said: normalizeForSignals(
      candidateTurns(record)
        .map((t) => withoutScorerInstructions(t.text).text)
        .join("\n"),
    ),
  };
  const rank = levels.indexOf(record.level);
  return levelExpectationCatalog[subject.kind]
    .filter((item) => levels.indexOf(item.from) <= rank)
    .flatMap((item) => {
      const rule = rulesFor[subject.kind].find((r) => r.id === item.id);
      return rule ? [{ id: rule.id, text: rule.text, met: rule.met(facts) }] : [];
    });
}
