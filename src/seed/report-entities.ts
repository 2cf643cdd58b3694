/**
 * Everything the demo report mentions, as bilingual, cross-linked records
 * written in our own words from its facts (see ../shared/seed/README.md).
 * Records refer to each other by `key`; the seed resolves keys to ids.
 *
 * The report gives few exact dates ("days ago", "months ago", "October
 * 2024", "2024–2025"), so most dates carry the precision it supports.
 */
import type { DatePrecision } from '../lib/fuzzy-date'

export type Text = { ar: string; en: string }
export type SeedDate = { date: string; precision: DatePrecision }

const year = (y: number): SeedDate => ({ date: `${y}-01-01T00:00:00.000Z`, precision: 'year' })
const month = (y: number, m: number): SeedDate => ({
  date: `${y}-${String(m).padStart(2, '0')}-01T00:00:00.000Z`,
  precision: 'month',
})

export const TOPICS: { key: string; name: Text }[] = [
  { key: 'combating-crime', name: { ar: 'مكافحة الجريمة', en: 'Combating crime' } },
  { key: 'counter-terrorism', name: { ar: 'مكافحة الإرهاب', en: 'Counter-terrorism' } },
  { key: 'organized-crime', name: { ar: 'الجريمة المنظمة', en: 'Organized crime' } },
  { key: 'irregular-migration', name: { ar: 'الهجرة غير النظامية', en: 'Irregular migration' } },
  { key: 'training', name: { ar: 'التدريب وبناء القدرات', en: 'Training and capacity building' } },
  { key: 'expertise-exchange', name: { ar: 'تبادل الخبرات', en: 'Exchange of expertise' } },
  { key: 'peacekeeping', name: { ar: 'حفظ السلام', en: 'Peacekeeping' } },
  { key: 'civil-protection', name: { ar: 'الحماية المدنية', en: 'Civil protection' } },
  { key: 'information-exchange', name: { ar: 'تبادل المعلومات', en: 'Information exchange' } },
]

export type SeedOrganization = {
  acronym?: Text
  aliases?: string[]
  country?: string
  key: string
  kind: string
  name: Text
  parent?: string
}

export const ORGANIZATIONS: SeedOrganization[] = [
  {
    key: 'egypt-moi',
    kind: 'ministry',
    country: 'EG',
    name: { ar: 'وزارة الداخلية المصرية', en: 'Ministry of Interior (Egypt)' },
    aliases: ['Egyptian Ministry of Interior'],
  },
  {
    key: 'police-academy',
    kind: 'academy',
    country: 'EG',
    parent: 'egypt-moi',
    name: { ar: 'أكاديمية الشرطة', en: 'Police Academy (Egypt)' },
    aliases: ['Egyptian Police Academy', 'أكاديمية الشرطة المصرية'],
  },
  {
    key: 'police-research-center',
    kind: 'research',
    country: 'EG',
    parent: 'police-academy',
    name: { ar: 'مركز بحوث الشرطة', en: 'Police Research Center' },
  },
  {
    key: 'egypt-mofa',
    kind: 'ministry',
    country: 'EG',
    name: { ar: 'وزارة الخارجية المصرية', en: 'Ministry of Foreign Affairs (Egypt)' },
  },
  {
    key: 'china-mps',
    kind: 'ministry',
    country: 'CN',
    name: { ar: 'وزارة الأمن العام الصينية', en: 'Ministry of Public Security (China)' },
  },
  {
    key: 'china-police-university',
    kind: 'academy',
    country: 'CN',
    parent: 'china-mps',
    name: { ar: 'جامعة الشرطة الصينية', en: 'Police university (China)' },
  },
  {
    key: 'china-peacekeeping-centre',
    kind: 'research',
    country: 'CN',
    parent: 'china-mps',
    name: {
      ar: 'المركز الصيني للتدريب على عمليات حفظ السلام',
      en: 'China peacekeeping training centre',
    },
  },
  {
    key: 'china-law-enforcement-centre',
    kind: 'police',
    country: 'CN',
    parent: 'china-mps',
    name: {
      ar: 'مركز التعامل مع القضايا الأمنية وإنفاذ القانون',
      en: 'Centre for handling security cases and law enforcement (China)',
    },
  },
  {
    key: 'guinea-security-ministry',
    kind: 'ministry',
    country: 'GN',
    name: {
      ar: 'وزارة الأمن والحماية المدنية الغينية',
      en: 'Ministry of Security and Civil Protection (Guinea)',
    },
  },
  {
    key: 'italy-moi',
    kind: 'ministry',
    country: 'IT',
    name: { ar: 'وزارة الداخلية الإيطالية', en: 'Ministry of the Interior (Italy)' },
  },
  {
    key: 'italy-public-security',
    kind: 'police',
    country: 'IT',
    parent: 'italy-moi',
    name: {
      ar: 'إدارة الأمن العام بوزارة الداخلية الإيطالية',
      en: "Department of Public Security, Italy's Ministry of the Interior",
    },
    aliases: ['Italian police', 'الشرطة الإيطالية'],
  },
  {
    key: 'au-commission',
    kind: 'regional',
    acronym: { ar: 'AUC', en: 'AUC' },
    name: { ar: 'مفوضية الاتحاد الأفريقي', en: 'African Union Commission' },
  },
  {
    key: 'au-psc',
    kind: 'regional',
    acronym: { ar: 'PSC', en: 'PSC' },
    aliases: ['مجلس السلم والأمن', 'Peace and Security Council'],
    parent: 'au-commission',
    name: {
      ar: 'مجلس السلم والأمن التابع للاتحاد الأفريقي',
      en: 'African Union Peace and Security Council',
    },
  },
  {
    key: 'icdo',
    kind: 'international',
    acronym: { ar: 'ICDO', en: 'ICDO' },
    name: { ar: 'المنظمة الدولية للحماية المدنية', en: 'International Civil Defence Organisation' },
  },
  {
    key: 'un',
    kind: 'international',
    acronym: { ar: 'UN', en: 'UN' },
    aliases: ['الأمم المتحدة'],
    name: { ar: 'منظمة الأمم المتحدة', en: 'United Nations' },
  },
]

export type SeedPerson = {
  aliases?: string[]
  country: string
  key: string
  name: Text
  positions: { from?: string; organization: string; title: Text; to?: string }[]
}

export const PEOPLE: SeedPerson[] = [
  {
    key: 'tawfik',
    country: 'EG',
    name: { ar: 'محمود توفيق', en: 'Mahmoud Tawfik' },
    aliases: ['Mahmoud Tawfiq'],
    positions: [
      { organization: 'egypt-moi', title: { ar: 'وزير الداخلية', en: 'Minister of Interior' } },
    ],
  },
  {
    key: 'wang',
    country: 'CN',
    name: { ar: 'وانغ شياو هونغ', en: 'Wang Xiaohong' },
    aliases: ['وانج شيا هونج'],
    positions: [
      {
        organization: 'china-mps',
        title: {
          ar: 'مستشار الدولة ووزير الأمن العام',
          en: 'State Councilor and Minister of Public Security',
        },
      },
    ],
  },
  {
    key: 'diallo',
    country: 'GN',
    name: { ar: 'بشير ديالو', en: 'Bachir Diallo' },
    aliases: ['Bashir Diallo'],
    positions: [
      {
        organization: 'guinea-security-ministry',
        title: {
          ar: 'وزير الأمن والحماية المدنية',
          en: 'Minister of Security and Civil Protection',
        },
      },
    ],
  },
  {
    key: 'adeoye',
    name: { ar: 'بانكولي أديوي', en: 'Bankole Adeoye' },
    country: 'NG',
    aliases: ['بانكولى أدوى'],
    positions: [
      {
        organization: 'au-commission',
        title: {
          ar: 'مفوض الشؤون السياسية والسلم والأمن',
          en: 'Commissioner for Political Affairs, Peace and Security',
        },
      },
    ],
  },
  {
    key: 'gad',
    country: 'EG',
    name: { ar: 'محمد جاد', en: 'Mohamed Gad' },
    positions: [
      {
        organization: 'egypt-mofa',
        title: {
          ar: 'مندوب مصر الدائم لدى الاتحاد الأفريقي',
          en: "Egypt's Permanent Representative to the African Union",
        },
      },
      {
        organization: 'au-psc',
        title: { ar: 'رئيس مجلس السلم والأمن', en: 'Chair of the Peace and Security Council' },
        from: '2024-10-01T00:00:00.000Z',
        to: '2024-10-31T00:00:00.000Z',
      },
    ],
  },
  {
    key: 'swelam',
    country: 'EG',
    name: { ar: 'أشرف سويلم', en: 'Ashraf Swelam' },
    aliases: ['Ashraf Sweilam'],
    positions: [
      {
        organization: 'egypt-mofa',
        title: {
          ar: 'مساعد وزير الخارجية، مدير إدارة المنظمات والتجمعات الأفريقية',
          en: 'Assistant Foreign Minister, Director of African Organizations and Groupings',
        },
      },
    ],
  },
]

export type SeedEvent = {
  agreements?: string[]
  delegations?: string[]
  description: Text
  end?: SeedDate
  host?: string
  key: string
  kind: string
  location?: { city?: Text; country?: string; venue?: Text }
  parent?: string
  participants?: string[]
  participatingOrganizations?: string[]
  start?: SeedDate
  title: Text
}

const CAIRO: Text = { ar: 'القاهرة', en: 'Cairo' }
const BEIJING: Text = { ar: 'بكين', en: 'Beijing' }

export const EVENTS: SeedEvent[] = [
  {
    key: 'china-visit',
    kind: 'official_visit',
    title: {
      ar: 'زيارة وزير الداخلية الرسمية إلى الصين',
      en: "The Minister of Interior's official visit to China",
    },
    description: {
      ar: 'زيارة رسمية ترأس فيها وزير الداخلية وفدًا أمنيًا رفيع المستوى إلى جمهورية الصين الشعبية.',
      en: "An official visit in which the Minister of Interior led a high-level security delegation to the People's Republic of China.",
    },
    start: year(2024),
    location: { city: BEIJING, country: 'CN' },
    host: 'china-mps',
    participants: ['tawfik', 'wang'],
    delegations: ['egypt-to-china'],
    agreements: ['egypt-china-protocol'],
  },
  {
    key: 'china-signing',
    kind: 'signing_ceremony',
    parent: 'china-visit',
    title: {
      ar: 'توقيع بروتوكول التعاون الأمني المصري الصيني',
      en: 'Signing of the Egypt–China security cooperation protocol',
    },
    description: {
      ar: 'توقيع بروتوكول لتعزيز التعاون الأمني بين مصر والصين في مواجهة الجريمة بمختلف صورها، خلال زيارة الوزير.',
      en: "The signing, during the minister's visit, of a protocol strengthening Egypt–China security cooperation against crime in all its forms.",
    },
    start: year(2024),
    location: { city: BEIJING, country: 'CN' },
    participants: ['tawfik', 'wang'],
    agreements: ['egypt-china-protocol'],
  },
  {
    key: 'china-talks',
    kind: 'talks',
    parent: 'china-visit',
    title: {
      ar: 'مباحثات أمنية موسّعة مع وزير الأمن العام الصيني',
      en: "Expanded security talks with China's Minister of Public Security",
    },
    description: {
      ar: 'استعرض الوزيران أوجه التعاون بين الأجهزة الأمنية في البلدين وسبل دعمها والقضايا الأمنية ذات الاهتمام المشترك.',
      en: "The two ministers reviewed cooperation between their countries' security agencies, ways to strengthen it, and security issues of common concern.",
    },
    start: year(2024),
    location: { city: BEIJING, country: 'CN' },
    participants: ['tawfik', 'wang'],
  },
  {
    key: 'china-site-visits',
    kind: 'site_visit',
    parent: 'china-visit',
    title: { ar: 'جولة في منشآت شرطية صينية', en: 'Tour of Chinese police sites' },
    description: {
      ar: 'زار الوفد جامعة الشرطة والمركز الصيني للتدريب على عمليات حفظ السلام ومركز التعامل مع القضايا الأمنية وإنفاذ القانون.',
      en: "The delegation visited the police university, China's peacekeeping training centre and the centre for handling security cases and law enforcement.",
    },
    start: year(2024),
    location: { country: 'CN' },
    participants: ['tawfik'],
    participatingOrganizations: [
      'china-police-university',
      'china-peacekeeping-centre',
      'china-law-enforcement-centre',
    ],
  },
  {
    key: 'icdo-assembly',
    kind: 'assembly_session',
    title: {
      ar: 'الدورة السادسة والعشرون للجمعية العامة للمنظمة الدولية للحماية المدنية',
      en: '26th session of the General Assembly of the International Civil Defence Organisation',
    },
    description: {
      ar: 'دورة للجمعية العامة للمنظمة الدولية للحماية المدنية انعقدت في القاهرة.',
      en: 'A General Assembly session of the International Civil Defence Organisation, held in Cairo.',
    },
    start: year(2024),
    location: { city: CAIRO, country: 'EG' },
    participatingOrganizations: ['icdo'],
    delegations: ['guinea-to-cairo'],
  },
  {
    key: 'guinea-meeting',
    kind: 'bilateral_meeting',
    title: {
      ar: 'لقاء وزير الداخلية ووزير الأمن والحماية المدنية الغيني',
      en: "Meeting of the Minister of Interior and Guinea's Minister of Security and Civil Protection",
    },
    description: {
      ar: 'استعرض الجانبان التعاون بين وزارتي الداخلية في البلدين، واتفقا على تعزيز قنوات الاتصال وتبادل المعلومات والتدريب.',
      en: "The two sides reviewed cooperation between their countries' interior ministries and agreed to strengthen communication channels, information exchange and training.",
    },
    start: year(2024),
    location: { city: CAIRO, country: 'EG' },
    host: 'egypt-moi',
    participants: ['tawfik', 'diallo'],
    delegations: ['guinea-to-cairo'],
  },
  {
    key: 'au-psc-reception',
    kind: 'bilateral_meeting',
    title: {
      ar: 'استقبال سفراء مجلس السلم والأمن الأفريقي في أكاديمية الشرطة',
      en: 'African Union Peace and Security Council ambassadors at the Police Academy',
    },
    description: {
      ar: 'بحث اللقاء دعم جهود الاتحاد الأفريقي في حفظ السلم والأمن وبناء قدرات الكوادر المصرية والأفريقية في مهام حفظ السلام.',
      en: "The meeting discussed supporting the African Union's work for peace and security and building the capacity of Egyptian and African personnel in peacekeeping missions.",
    },
    start: month(2024, 10),
    location: {
      venue: { ar: 'أكاديمية الشرطة', en: 'Police Academy' },
      city: CAIRO,
      country: 'EG',
    },
    host: 'police-academy',
    participants: ['adeoye', 'gad', 'swelam'],
    participatingOrganizations: ['au-psc', 'au-commission', 'egypt-mofa', 'un'],
    delegations: ['au-psc-delegation'],
  },
  {
    key: 'itepa-workshop',
    kind: 'workshop',
    title: {
      ar: 'ورشة افتتاح المرحلة الثانية من برنامج «إيتيبا»',
      en: 'Opening workshop of phase two of the ITEPA programme',
    },
    description: {
      ar: 'نظمت أكاديمية الشرطة في مركز بحوث الشرطة ورشة عمل لانطلاق المرحلة الثانية من البرنامج التدريبي مع الشرطة الإيطالية.',
      en: 'The Police Academy held a workshop at the Police Research Center to launch phase two of the training programme run with the Italian police.',
    },
    start: year(2024),
    location: {
      venue: { ar: 'مركز بحوث الشرطة', en: 'Police Research Center' },
      city: CAIRO,
      country: 'EG',
    },
    host: 'police-academy',
    participatingOrganizations: ['police-research-center', 'italy-public-security'],
    agreements: ['italy-protocol'],
  },
]

export type SeedDelegation = {
  direction: 'incoming' | 'outgoing'
  head: { person: string; title: Text }
  key: string
  level: string
  members: string[]
  name: Text
  purpose: Text
  representedCountry?: string
  representedOrganization?: string
  start?: SeedDate
}

export const DELEGATIONS: SeedDelegation[] = [
  {
    key: 'egypt-to-china',
    direction: 'outgoing',
    level: 'ministerial',
    name: { ar: 'الوفد الأمني المصري إلى الصين', en: 'Egyptian security delegation to China' },
    representedCountry: 'EG',
    representedOrganization: 'egypt-moi',
    head: { person: 'tawfik', title: { ar: 'وزير الداخلية', en: 'Minister of Interior' } },
    members: ['tawfik'],
    purpose: {
      ar: 'تعزيز التعاون الأمني مع الصين وتوقيع بروتوكول للتعاون.',
      en: 'To strengthen security cooperation with China and sign a cooperation protocol.',
    },
    start: year(2024),
  },
  {
    key: 'guinea-to-cairo',
    direction: 'incoming',
    level: 'ministerial',
    name: { ar: 'الوفد الغيني إلى القاهرة', en: 'Guinean delegation to Cairo' },
    representedCountry: 'GN',
    representedOrganization: 'guinea-security-ministry',
    head: {
      person: 'diallo',
      title: { ar: 'وزير الأمن والحماية المدنية', en: 'Minister of Security and Civil Protection' },
    },
    members: ['diallo'],
    purpose: {
      ar: 'المشاركة في الجمعية العامة للمنظمة الدولية للحماية المدنية وبحث التعاون الأمني مع مصر.',
      en: 'To attend the ICDO General Assembly and discuss security cooperation with Egypt.',
    },
    start: year(2024),
  },
  {
    key: 'au-psc-delegation',
    direction: 'incoming',
    level: 'diplomatic',
    name: {
      ar: 'وفد سفراء مجلس السلم والأمن الأفريقي',
      en: 'African Union Peace and Security Council ambassadors',
    },
    representedOrganization: 'au-psc',
    head: {
      person: 'adeoye',
      title: {
        ar: 'مفوض الشؤون السياسية والسلم والأمن بمفوضية الاتحاد الأفريقي',
        en: 'AU Commissioner for Political Affairs, Peace and Security',
      },
    },
    members: ['adeoye', 'gad', 'swelam'],
    purpose: {
      ar: 'بحث التعاون في التدريب وبناء القدرات لمهام حفظ السلام.',
      en: 'To discuss cooperation on training and capacity building for peacekeeping missions.',
    },
    start: month(2024, 10),
  },
]

export type SeedAgreement = {
  domains: string[]
  key: string
  kind: string
  parties: { country?: string; organization?: string; signatory?: string; signatoryTitle?: Text }[]
  phases?: {
    description: Text
    end?: SeedDate
    name: Text
    plannedCourses?: number
    start?: SeedDate
  }[]
  signingDate?: SeedDate
  signingEvent?: string
  status: string
  summary: Text
  title: Text
}

export const AGREEMENTS: SeedAgreement[] = [
  {
    key: 'egypt-china-protocol',
    kind: 'protocol',
    status: 'signed',
    title: {
      ar: 'بروتوكول تعزيز التعاون الأمني بين مصر والصين',
      en: 'Egypt–China protocol on enhanced security cooperation',
    },
    summary: {
      ar: 'بروتوكول يعزز التعاون الأمني بين البلدين في مواجهة الجريمة بمختلف صورها، والتدريب وتبادل الخبرات.',
      en: 'A protocol enhancing security cooperation between the two countries against crime of all kinds, with training and exchange of expertise.',
    },
    parties: [{ organization: 'egypt-moi' }, { organization: 'china-mps' }],
    signingDate: year(2024),
    signingEvent: 'china-signing',
    domains: ['combating-crime', 'training', 'expertise-exchange'],
  },
  {
    key: 'italy-protocol',
    kind: 'protocol',
    status: 'in_force',
    title: {
      ar: 'بروتوكول التعاون الأمني بين أكاديمية الشرطة المصرية والشرطة الإيطالية',
      en: 'Security cooperation protocol between the Egyptian Police Academy and the Italian police',
    },
    summary: {
      ar: 'بروتوكول بين أكاديمية الشرطة المصرية وإدارة الأمن العام بوزارة الداخلية الإيطالية، يُنفَّذ في إطاره برنامج «إيتيبا» لتدريب كوادر الشرطة الأفريقية.',
      en: "A protocol between the Egyptian Police Academy and the Department of Public Security of Italy's Ministry of the Interior, under which the ITEPA programme trains African police personnel.",
    },
    parties: [{ organization: 'police-academy' }, { organization: 'italy-public-security' }],
    domains: ['organized-crime', 'irregular-migration', 'training'],
    phases: [
      {
        name: { ar: 'برنامج «إيتيبا» – المرحلة الثانية', en: 'ITEPA – phase two' },
        description: {
          ar: 'ست دورات تدريبية لكوادر الشرطة الأفريقية في مكافحة الجريمة المنظمة والهجرة غير النظامية.',
          en: 'Six training courses for African police personnel on organized crime and irregular migration.',
        },
        plannedCourses: 6,
        start: year(2024),
        end: year(2025),
      },
    ],
  },
]

/** What the demo article links to, beyond the entities linked inline in its body. */
export const ARTICLE_LINKS = {
  agreements: AGREEMENTS.map((a) => a.key),
  countries: ['EG', 'CN', 'GN', 'IT'],
  delegations: DELEGATIONS.map((d) => d.key),
  events: EVENTS.map((e) => e.key),
  organizations: [
    'egypt-moi',
    'police-academy',
    'china-mps',
    'guinea-security-ministry',
    'italy-public-security',
    'au-psc',
    'icdo',
  ],
  people: PEOPLE.map((p) => p.key),
  topics: [
    'combating-crime',
    'counter-terrorism',
    'organized-crime',
    'irregular-migration',
    'training',
    'expertise-exchange',
    'peacekeeping',
    'civil-protection',
    'information-exchange',
  ],
}
