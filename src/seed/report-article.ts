/**
 * The demo article: our own account, in Arabic and English, of the facts in the
 * press report kept in ../shared/seed/cooperation-report.ar.txt (the report's
 * wording is not copied here). `[[label|collection:key]]` marks an inline
 * link to an entity of src/seed/report-entities.ts.
 */
export type ArticleText = {
  slug: string
  sourceAttribution: string
  summary: string
  title: string
  body: string[]
}

export const REPORT_ARTICLE_PUBLISHED_AT = '2024-10-28T09:00:00.000Z'

/** The editor's note published with the demo article: where its text comes from. */
export const REPORT_ARTICLE_EDITORS_NOTE: Record<'ar' | 'en', string> = {
  ar: 'هذا التقرير صياغتنا، بالعربية والإنجليزية، لبيان صحفي أصدرته وزارة الداخلية؛ والأشخاص والجهات الواردة فيه مرتبطة بصفحاتها في جسور.',
  en: 'This report is our account, in Arabic and English, of a press statement by the Ministry of Interior; the people and bodies it names link to their pages in Jusur.',
}

export const REPORT_ARTICLE: Record<'ar' | 'en', ArticleText> = {
  ar: {
    title: 'من بكين إلى القاهرة: وزارة الداخلية توسّع شراكاتها الأمنية الدولية',
    slug: 'من-بكين-الي-القاهره-الداخليه-توسع-شراكاتها-الامنيه-الدوليه',
    sourceAttribution: 'مصدر أمني',
    summary:
      'بروتوكول أمني جديد مع الصين، ولقاء مع وزير الأمن الغيني، واستقبال سفراء مجلس السلم والأمن الأفريقي في أكاديمية الشرطة، ومرحلة ثانية من برنامج «إيتيبا» التدريبي مع الشرطة الإيطالية.',
    body: [
      'قاد وزير الداخلية اللواء [[محمود توفيق|people:tawfik]] وفدًا أمنيًا رفيع المستوى في زيارة رسمية إلى [[جمهورية الصين الشعبية|countries:CN]]، وقّع خلالها البلدان بروتوكولًا لتعزيز التعاون الأمني في التصدي للجريمة بمختلف صورها.',
      'وأجرى الوزير مباحثات موسّعة مع نظيره الصيني [[وانغ شياو هونغ|people:wang]]، مستشار الدولة ووزير الأمن العام، تناولت سبل دعم التعاون بين الأجهزة الأمنية في البلدين، وتبادل الخبرات، والتدريب المشترك. ونوّه الجانب الصيني بدور مصر في استقرار منطقة الشرق الأوسط وبجهودها في مكافحة الإرهاب والجريمة المنظمة.',
      'وتفقّد الوفد عددًا من المنشآت الشرطية الصينية، بينها جامعة الشرطة، والمركز الصيني للتدريب على عمليات حفظ السلام، ومركز التعامل مع القضايا الأمنية وإنفاذ القانون.',
      'وفي القاهرة، استقبل الوزير اللواء [[بشير ديالو|people:diallo]]، وزير الأمن والحماية المدنية في جمهورية غينيا، خلال زيارته الرسمية لمصر للمشاركة في الدورة السادسة والعشرين للجمعية العامة للمنظمة الدولية للحماية المدنية، واتفق الجانبان على تعزيز قنوات الاتصال وتبادل المعلومات والتدريب.',
      'واستقبلت أكاديمية الشرطة سفراء الدول الأعضاء في مجلس السلم والأمن التابع للاتحاد الأفريقي، يتقدّمهم السفير [[بانكولي أديوي|people:adeoye]] مفوض الشؤون السياسية والسلم والأمن، والسفير [[محمد جاد|people:gad]] مندوب مصر الدائم لدى الاتحاد الأفريقي ورئيس المجلس لشهر أكتوبر 2024، والسفير [[أشرف سويلم|people:swelam]] مساعد وزير الخارجية. وتناول اللقاء بناء قدرات الكوادر المصرية والأفريقية المشاركة في مهام حفظ السلام تحت رايتي الأمم المتحدة والاتحاد الأفريقي.',
      'وتواصل الوزارة برنامج «إيتيبا» للتعاون الأمني الدولي مع الشرطة الإيطالية؛ إذ افتتحت [[أكاديمية الشرطة|organizations:police-academy]] في [[مركز بحوث الشرطة|organizations:police-research-center]] ورشة عمل لانطلاق المرحلة الثانية، التي تضم ست دورات تدريبية خلال عامي 2024 و2025 لكوادر الشرطة الأفريقية في مكافحة الجريمة المنظمة والهجرة غير النظامية، وفق بروتوكول التعاون بين أكاديمية الشرطة المصرية وإدارة الأمن العام بوزارة الداخلية الإيطالية.',
    ],
  },
  en: {
    title: "From Beijing to Cairo: Egypt's Interior Ministry widens its security partnerships",
    slug: 'from-beijing-to-cairo-interior-ministry-widens-security-partnerships',
    sourceAttribution: 'A security source',
    summary:
      "A new security protocol with China, talks with Guinea's security minister, African Union Peace and Security Council ambassadors at the Police Academy, and a second phase of the ITEPA training programme with the Italian police.",
    body: [
      "Minister of Interior [[Mahmoud Tawfik|people:tawfik]] led a high-level security delegation on an official visit to the [[People's Republic of China|countries:CN]], during which the two countries signed a protocol to strengthen security cooperation against crime in all its forms.",
      "The minister held expanded talks with his Chinese counterpart [[Wang Xiaohong|people:wang]], State Councilor and Minister of Public Security, on supporting cooperation between the two countries' security agencies, exchanging expertise and joint training. The Chinese side praised Egypt's role in the stability of the Middle East and its efforts against terrorism and organized crime.",
      "The delegation toured several Chinese police sites, among them the police university, China's peacekeeping training centre and the centre for handling security cases and law enforcement.",
      "In Cairo, the minister received Maj. Gen. [[Bachir Diallo|people:diallo]], Guinea's Minister of Security and Civil Protection, who was in Egypt for the 26th session of the General Assembly of the International Civil Defence Organisation. The two sides agreed to strengthen communication channels, information exchange and training.",
      "The Police Academy also hosted ambassadors of the member states of the African Union Peace and Security Council, led by Ambassador [[Bankole Adeoye|people:adeoye]], AU Commissioner for Political Affairs, Peace and Security; Ambassador [[Mohamed Gad|people:gad]], Egypt's Permanent Representative to the AU and chair of the Council for October 2024; and Ambassador [[Ashraf Swelam|people:swelam]], Assistant Foreign Minister. The meeting covered building the capacity of Egyptian and African personnel serving in peacekeeping missions under the United Nations and the African Union.",
      "The ministry is also pursuing ITEPA, its international security cooperation programme with the Italian police. At the [[Police Research Center|organizations:police-research-center]], the [[Police Academy|organizations:police-academy]] opened a workshop launching phase two: six training courses in 2024 and 2025 for African police personnel on organized crime and irregular migration, under the cooperation protocol between the Egyptian Police Academy and the Department of Public Security of Italy's Ministry of the Interior.",
    ],
  },
}
