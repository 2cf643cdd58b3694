import type { Bilingual } from '../lib/caller-language'

/** What a caller is told when a read is refused by its budget (./read-budget.ts, src/graphql/cost-rule.ts). */
export const COST_MESSAGES = {
  busy: {
    ar: 'الخادم مشغول بطلبات أخرى؛ أعد المحاولة بعد قليل.',
    en: 'The server is busy with other requests; try again shortly.',
  },
  tooCostly: (cost: number, budget: number) => ({
    ar: `الطلب أكبر من المسموح: عدد الوثائق المقدّر أن يقرأها ${Math.round(cost)}، والحد ${budget}. اطلب وثائق أقل (limit) أو عمقًا أقل (depth) أو حقولًا مرتبطة أقل.`,
    en: `The request asks for too much: an estimated ${Math.round(cost)} documents, the limit is ${budget}. Ask for fewer documents (limit), less depth or fewer related fields.`,
  }),
  tooManyDocuments: {
    ar: 'قرأ الطلب وثائق أكثر مما يُسمح به لطلب واحد؛ اطلب أقل.',
    en: 'The request read more documents than one request may; ask for fewer.',
  },
  tooSlow: {
    ar: 'استغرق الطلب وقتًا أطول مما يُسمح به؛ أعد المحاولة لاحقًا أو اطلب أقل.',
    en: 'The request took longer than allowed; try again later or ask for less.',
  },
} satisfies Record<string, Bilingual | ((...args: never[]) => Bilingual)>
