/**
 * The demo's open release: a follow-up to the seed report (ITEPA, the
 * training programme run with the Italian police), with the new event and
 * delegation it reports, submitted by the demo author and waiting for the
 * reviewer. The follow-up meeting is illustrative, written for the demo from
 * the report's facts (see ../shared/seed/README.md); it is not in the report.
 * `[[label|collection:key]]` marks an inline link, as in report-article.ts;
 * other keys are those of report-entities.ts.
 */
import type { ArticleText } from './report-article'
import type { SeedDate, Text } from './report-entities'

const IN_2025: SeedDate = { date: '2025-01-01T00:00:00.000Z', precision: 'year' }

export const FOLLOW_UP_DELEGATION = {
  key: 'italy-itepa-team',
  direction: 'incoming' as const,
  level: 'technical',
  name: {
    ar: 'وفد الشرطة الإيطالية لمتابعة برنامج «إيتيبا»',
    en: 'Italian police delegation following up the ITEPA programme',
  },
  representedCountry: 'IT',
  representedOrganization: 'italy-public-security',
  purpose: {
    ar: 'مراجعة سير المرحلة الثانية من برنامج «إيتيبا» مع أكاديمية الشرطة.',
    en: 'To review with the Police Academy how phase two of the ITEPA programme is going.',
  },
  start: IN_2025,
}

export const FOLLOW_UP_EVENT = {
  key: 'itepa-follow-up',
  kind: 'bilateral_meeting',
  title: {
    ar: 'اجتماع متابعة المرحلة الثانية من برنامج «إيتيبا»',
    en: 'Follow-up meeting on phase two of the ITEPA programme',
  },
  description: {
    ar: 'راجعت أكاديمية الشرطة مع وفد من الشرطة الإيطالية ما نُفّذ من دورات المرحلة الثانية، ورتّبت ما بقي منها.',
    en: 'The Police Academy and an Italian police delegation reviewed the phase-two courses held so far and arranged the remaining ones.',
  },
  start: IN_2025,
  location: {
    venue: { ar: 'أكاديمية الشرطة', en: 'Police Academy' },
    city: { ar: 'القاهرة', en: 'Cairo' },
    country: 'EG',
  },
  host: 'police-academy',
  participatingOrganizations: ['police-academy', 'italy-public-security'],
  agreements: ['italy-protocol'],
}

export const FOLLOW_UP_ARTICLE: Record<'ar' | 'en', ArticleText> = {
  ar: {
    title: 'برنامج «إيتيبا»: أكاديمية الشرطة والشرطة الإيطالية تتابعان المرحلة الثانية',
    slug: 'برنامج-ايتيبا-اكاديميه-الشرطه-والشرطه-الايطاليه-تتابعان-المرحله-الثانيه',
    sourceAttribution: 'محتوى توضيحي للعرض التجريبي',
    summary:
      'اجتماع متابعة في أكاديمية الشرطة مع وفد من الشرطة الإيطالية لمراجعة دورات المرحلة الثانية من برنامج «إيتيبا» لكوادر الشرطة الأفريقية.',
    body: [
      'متابعةً لما تناوله تقرير [[«من بكين إلى القاهرة»|articles:report]]، عقدت [[أكاديمية الشرطة|organizations:police-academy]] اجتماعًا مع [[وفد من الشرطة الإيطالية|delegations:italy-itepa-team]] لمراجعة سير المرحلة الثانية من برنامج «إيتيبا» للتعاون الأمني الدولي.',
      'وراجع الجانبان الدورات الست المقررة لكوادر الشرطة الأفريقية خلال عامي 2024 و2025 في مكافحة الجريمة المنظمة والهجرة غير النظامية، ما انعقد منها وما بقي، واتفقا على ترتيبات الدورات المتبقية.',
      'ويندرج الاجتماع في إطار بروتوكول التعاون بين أكاديمية الشرطة المصرية و[[إدارة الأمن العام بوزارة الداخلية الإيطالية|organizations:italy-public-security]].',
    ],
  },
  en: {
    title: 'ITEPA: the Police Academy and the Italian police take stock of phase two',
    slug: 'itepa-the-police-academy-and-the-italian-police-take-stock-of-phase-two',
    sourceAttribution: 'Illustrative demo content',
    summary:
      'A follow-up meeting at the Police Academy with an Italian police delegation on the phase-two courses of the ITEPA programme for African police personnel.',
    body: [
      'Following up on the report [[From Beijing to Cairo|articles:report]], the [[Police Academy|organizations:police-academy]] met an [[Italian police delegation|delegations:italy-itepa-team]] to review how phase two of ITEPA, the international security cooperation programme, is going.',
      'The two sides went through the six courses planned for African police personnel in 2024 and 2025 on organized crime and irregular migration, those already held and those still to come, and agreed on arrangements for the remaining ones.',
      "The meeting falls under the cooperation protocol between the Egyptian Police Academy and the [[Department of Public Security of Italy's Ministry of the Interior|organizations:italy-public-security]].",
    ],
  },
}

/** What the follow-up article links to, beyond the entities linked inline in its body. */
export const FOLLOW_UP_LINKS = {
  agreements: ['italy-protocol'],
  countries: ['EG', 'IT'],
  events: ['itepa-workshop'],
  organizations: ['police-academy', 'police-research-center', 'italy-public-security'],
  topics: ['training', 'organized-crime', 'irregular-migration'],
}

/** The release that holds the three, reviewed and published as one. */
export const FOLLOW_UP_RELEASE: { note: Text; title: Text } = {
  title: {
    ar: 'متابعة برنامج «إيتيبا»: المقال وفعاليته ووفده',
    en: 'ITEPA follow-up: the article, its event and its delegation',
  },
  note: {
    ar: 'يُنشر المقال مع الفعالية والوفد الجديدين دفعة واحدة، فلا يحيل القارئ إلى صفحات لم تُنشر بعد.',
    en: 'The article goes out together with the new event and delegation, so readers never follow a link to a page that is not public yet.',
  },
}
