import countries from 'i18n-iso-countries'

// The seed registers the Arabic and English names.
import '../src/seed/countries'

/**
 * Generated bilingual articles for the search benchmark: made-up reports on
 * security cooperation, in Arabic (with the press's spelling variants) and in
 * English, from a fixed seed so that every run has the same text.
 */

/** A small, fast, seeded PRNG (mulberry32). */
export const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** Every country, in both languages (the same package as the seed's countries). */
const COUNTRIES = Object.keys(countries.getAlpha2Codes()).map((code) => ({
  ar: countries.getName(code, 'ar') ?? code,
  en: countries.getName(code, 'en') ?? code,
}))

const TOPICS = [
  { ar: 'مكافحة الإرهاب', en: 'counter-terrorism' },
  { ar: 'الجريمة المنظمة', en: 'organized crime' },
  { ar: 'الهجرة غير النظامية', en: 'irregular migration' },
  { ar: 'حفظ السلام', en: 'peacekeeping' },
  { ar: 'الحماية المدنية', en: 'civil protection' },
  { ar: 'الأمن السيبراني', en: 'cybersecurity' },
  { ar: 'تبادل المعلومات', en: 'information exchange' },
  { ar: 'التدريب المشترك', en: 'joint training' },
  { ar: 'مكافحة المخدرات', en: 'drug control' },
  { ar: 'أمن الحدود', en: 'border security' },
  { ar: 'مكافحة غسل الأموال', en: 'anti-money laundering' },
  { ar: 'الاتجار بالبشر', en: 'human trafficking' },
  { ar: 'إدارة الأزمات', en: 'crisis management' },
  { ar: 'الأدلة الجنائية', en: 'forensic evidence' },
  { ar: 'أمن الموانئ', en: 'port security' },
  { ar: 'حماية الشخصيات', en: 'VIP protection' },
  { ar: 'المرور والسلامة على الطرق', en: 'road safety' },
  { ar: 'الإطفاء والإنقاذ', en: 'firefighting and rescue' },
  { ar: 'مكافحة الجرائم الإلكترونية', en: 'cybercrime' },
  { ar: 'تسليم المجرمين', en: 'extradition' },
  { ar: 'أمن المطارات', en: 'airport security' },
  { ar: 'التطرف العنيف', en: 'violent extremism' },
  { ar: 'حقوق الإنسان في العمل الشرطي', en: 'human rights in policing' },
  { ar: 'الإنتربول', en: 'Interpol' },
]

const ACTORS = [
  { ar: 'وزير الداخلية', en: 'the Minister of Interior' },
  { ar: 'مساعد الوزير', en: 'the assistant minister' },
  { ar: 'وفد أمني رفيع المستوى', en: 'a high-level security delegation' },
  { ar: 'أكاديمية الشرطة', en: 'the Police Academy' },
  { ar: 'مركز بحوث الشرطة', en: 'the Police Research Center' },
  { ar: 'قطاع التعاون الدولي', en: 'the international cooperation sector' },
]

const TITLES = [
  {
    ar: (c: string, t: string) => `${c} ومصر تبحثان تعزيز التعاون الأمني في ${t}`,
    en: (c: string, t: string) => `Egypt and ${c} discuss security cooperation on ${t}`,
  },
  {
    ar: (c: string, t: string) => `وزير الداخلية يستقبل وفدا من ${c} لبحث ${t}`,
    en: (c: string, t: string) => `Interior minister receives a delegation from ${c} on ${t}`,
  },
  {
    ar: (c: string, t: string) => `توقيع بروتوكول للتعاون الأمنى مع ${c} في مجال ${t}`,
    en: (c: string, t: string) => `Security protocol signed with ${c} on ${t}`,
  },
  {
    ar: (c: string, t: string) => `دورة تدريبية لكوادر ${c} حول ${t}`,
    en: (c: string, t: string) => `Training course for ${c}'s police on ${t}`,
  },
  {
    ar: (c: string, t: string) => `مباحثات موسّعة مع ${c} حول ${t}`,
    en: (c: string, t: string) => `Expanded talks with ${c} about ${t}`,
  },
]

const SENTENCES = [
  {
    ar: (a: string, c: string, t: string) =>
      `بحث ${a} مع الجانب ${c} سبل دعم التعاون في ${t} وتبادل الخبرات.`,
    en: (a: string, c: string, t: string) =>
      `${a} discussed with the ${c} side ways to support cooperation on ${t} and exchange expertise.`,
  },
  {
    ar: (a: string, c: string, t: string) =>
      `وأكد ${a} أهمية تعزيز قنوات الاتصال مع ${c} في مجال ${t}.`,
    en: (a: string, c: string, t: string) =>
      `${a} stressed the importance of stronger communication channels with ${c} on ${t}.`,
  },
  {
    ar: (a: string, c: string, t: string) =>
      `واتفق الجانبان على برنامج مشترك لمكافحة الجريمة بمختلف صورها، بما فيها ${t}، بمشاركة ${a}.`,
    en: (a: string, c: string, t: string) =>
      `The two sides agreed on a joint programme against crime in all its forms, including ${t}, with ${a}.`,
  },
  {
    ar: (a: string, c: string, _t: string) =>
      `ونوّه الجانب ${c} بدور مصر في استقرار المنطقة وبجهود ${a}.`,
    en: (a: string, c: string, _t: string) =>
      `The ${c} side praised Egypt's role in regional stability and the efforts of ${a}.`,
  },
  {
    ar: (a: string, c: string, t: string) =>
      `وتضم المرحلة الثانية ست دورات تدريبية خلال عامى ٢٠٢٤ و٢٠٢٥ حول ${t}.`,
    en: (a: string, c: string, t: string) =>
      `Phase two includes six training courses in 2024 and 2025 on ${t}.`,
  },
  {
    ar: (a: string, c: string, _t: string) =>
      `وتفقّد ${a} عددا من المنشآت الشرطية في ${c}، بينها مراكز التدريب.`,
    en: (a: string, c: string, _t: string) =>
      `${a} toured several police sites in ${c}, among them training centres.`,
  },
]

/** Arabic as reports write it: now and then ى for final ي, ه for ة, a stray diacritic or tatweel. */
const vary = (text: string, next: () => number): string =>
  text
    .replace(/ي(?=\s|$|[.،])/g, (m) => (next() < 0.3 ? 'ى' : m))
    .replace(/ة(?=\s|$|[.،])/g, (m) => (next() < 0.15 ? 'ه' : m))
    .replace(/الأ/g, (m) => (next() < 0.2 ? 'الا' : m))
    .replace(/ش/g, (m) => (next() < 0.05 ? 'شـ' : m))

export type GeneratedArticle = {
  ar: { body: string[]; summary: string; title: string }
  en: { body: string[]; summary: string; title: string }
  publishedAt: string
}

export const generateArticle = (n: number): GeneratedArticle => {
  const next = random(n + 1)
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!
  const country = pick(COUNTRIES)
  const topic = pick(TOPICS)
  const title = pick(TITLES)
  const paragraph = () => {
    const sentences = Array.from({ length: 3 }, () => ({
      actor: pick(ACTORS),
      country: pick([country, pick(COUNTRIES)]),
      sentence: pick(SENTENCES),
      topic: pick([topic, pick(TOPICS)]),
    }))
    return {
      ar: vary(
        sentences.map((s) => s.sentence.ar(s.actor.ar, s.country.ar, s.topic.ar)).join(' '),
        next,
      ),
      en: sentences.map((s) => s.sentence.en(s.actor.en, s.country.en, s.topic.en)).join(' '),
    }
  }
  const paragraphs = Array.from({ length: 3 }, paragraph)
  const summary = paragraph()
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 6 * 365) * 86_400_000)
  return {
    ar: {
      body: paragraphs.map((p) => p.ar),
      summary: summary.ar,
      title: vary(title.ar(country.ar, topic.ar), next),
    },
    en: {
      body: paragraphs.map((p) => p.en),
      summary: summary.en,
      title: title.en(country.en, topic.en),
    },
    publishedAt: day.toISOString(),
  }
}

/** What readers type: phrases and words from the reports, some in the variant spellings. */
export const QUERIES = {
  ar: [
    'التعاون الأمني',
    'الأمنى',
    'وزير الداخلية',
    'مكافحة الإرهاب',
    'الصين',
    'أكاديمية الشرطة',
    '"الجريمة المنظمة"',
    'حفظ السلام',
    'دورات تدريبية ٢٠٢٤',
    'الهجره غير النظاميه',
  ],
  en: [
    'security cooperation',
    'police academy',
    'counter-terrorism',
    'China',
    'training courses',
    '"organized crime"',
    'peacekeeping',
    'minister receives delegation',
    'cybersecurity Kenya',
    'border security 2025',
  ],
}
