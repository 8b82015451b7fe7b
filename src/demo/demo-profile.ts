import { bilingual, sameInBoth } from '@/domain/bilingual-text';
import type { BilingualText } from '@/domain/bilingual-text';
import type { KeyDataItem, ProfileDraft } from '@/domain/profile-draft';
import { NO_EDITING } from '@/domain/profile-findings';

/** The researcher's drafts for the two demo rounds: fictional, every text in English and Arabic, translations checked. */

const b = bilingual;
const UN_DESA = b(
  'UN DESA, International Migrant Stock (fictional figure)',
  'إدارة الأمم المتحدة للشؤون الاقتصادية والاجتماعية، رصيد المهاجرين الدوليين (رقم خيالي)',
);

/** One line of the key data table: a figure, the year it is for, and where it comes from. */
function keyFigure(id: string, label: BilingualText, value: BilingualText, year: number, source: BilingualText): KeyDataItem {
  return { id, label, value, year: String(year), source };
}

export const DEMO_TERRITORIAL_SCOPE = b(
  'The whole national territory of Demoland, including its two autonomous provinces.',
  'كامل الإقليم الوطني لديمولاند، بما في ذلك مقاطعتاه المتمتعتان بالحكم الذاتي.',
);

export function demoProfileDraft(assessmentId: string, round: number, year: number, at: string, researcherId: string | null): ProfileDraft {
  return {
    assessmentId,
    objective: b('', ''),
    introduction: b(
      `This demo profile summarises how Demoland, a fictional country, governed migration in ${year}. It is produced with MGI Workbench to show a complete profile and is not real data.`,
      `يلخّص هذا الملف التجريبي كيف أدارت ديمولاند، وهي بلد خيالي، شؤون الهجرة في عام ${year}. أُعدّ باستخدام منصة العمل لعرض ملف كامل، وبياناته ليست حقيقية.`,
    ),
    methodology: b(
      'A Technical Working Group of six ministries and an independent researcher answered the 90 indicators from laws, policies and interviews, then agreed each answer in consensus meetings.',
      'أجاب فريق عمل فني يضم ست وزارات وباحثًا مستقلًا عن المؤشرات التسعين استنادًا إلى القوانين والسياسات والمقابلات، ثم اتفق على كل إجابة في اجتماعات توافقية.',
    ),
    acknowledgements: b(
      'This profile was prepared with the Technical Working Group on Migration of Demoland: the Ministry of Interior, the Ministry of Labour and Social Affairs, the Ministry of Foreign Affairs, the Ministry of Justice and the National Statistics Office, with an independent researcher. The assessment was funded by the (fictional) Demoland Cooperation Fund.',
      'أُعدّ هذا الملف بالتعاون مع فريق العمل الفني المعني بالهجرة في ديمولاند: وزارة الداخلية، ووزارة العمل والشؤون الاجتماعية، ووزارة الخارجية، ووزارة العدل، والمكتب الوطني للإحصاء، مع باحث مستقل. وموّل التقييمَ صندوقُ ديمولاند للتعاون (وهو صندوق خيالي).',
    ),
    domainNarratives:
      round === 1
        ? {}
        : {
            D2: b(
              'The National Migration Strategy 2021–2026 gives the government a shared framework; coordination between ministries is now formalised.',
              'تمنح الاستراتيجية الوطنية للهجرة 2021–2026 الحكومة إطارًا مشتركًا، وأصبح التنسيق بين الوزارات رسميًا.',
            ),
          },
    priorities: [
      {
        id: 'migration-data',
        title: b('Migration data', 'بيانات الهجرة'),
        text: b('Publish disaggregated statistics every year.', 'نشر إحصاءات مصنّفة كل عام.'),
      },
      {
        id: 'return',
        title: b('Return and reintegration', 'العودة وإعادة الإدماج'),
        text: b('Scale up reintegration support for returning nationals.', 'توسيع دعم إعادة إدماج المواطنين العائدين.'),
      },
      {
        id: 'legal',
        title: b('Legal frameworks', 'الأطر القانونية'),
        text: b('Adopt the implementing regulations of the Foreign Residents Act.', 'اعتماد اللوائح التنفيذية لقانون المقيمين الأجانب.'),
      },
      {
        id: 'economy',
        title: b('Economic affairs', 'الشؤون الاقتصادية'),
        text: b('Lower remittance costs through formal channels.', 'خفض تكاليف التحويلات عبر القنوات الرسمية.'),
      },
    ],
    keyData: [
      keyFigure(
        'immigrants',
        b('International migrants in Demoland', 'المهاجرون الدوليون في ديمولاند'),
        b(round === 1 ? '371,000' : '412,000', round === 1 ? '371,000' : '412,000'),
        year - 1,
        UN_DESA,
      ),
      keyFigure('emigrants', b('Demoland nationals abroad', 'مواطنو ديمولاند في الخارج'), b('1.3 million', '1.3 مليون'), year - 1, UN_DESA),
      keyFigure(
        'remittances',
        b('Remittances received (share of GDP)', 'التحويلات المستلمة (حصة من الناتج المحلي الإجمالي)'),
        sameInBoth(round === 1 ? '5.8%' : '6.2%', 'en'),
        year - 2,
        b('World Bank, remittance data (fictional figure)', 'البنك الدولي، بيانات التحويلات (رقم خيالي)'),
      ),
      keyFigure(
        'refugees',
        b('Refugees hosted', 'اللاجئون المستضافون'),
        sameInBoth(round === 1 ? '18,400' : '21,900', 'en'),
        year - 1,
        b(
          'UNHCR, Refugee Data Finder (fictional figure)',
          'المفوضية السامية للأمم المتحدة لشؤون اللاجئين، أداة بيانات اللاجئين (رقم خيالي)',
        ),
      ),
      keyFigure(
        'idps',
        b('People internally displaced by disasters', 'النازحون داخليًا بسبب الكوارث'),
        sameInBoth(round === 1 ? '9,300' : '4,100', 'en'),
        year - 1,
        b(
          'IDMC, Global Internal Displacement Database (fictional figure)',
          'مركز رصد النزوح الداخلي، قاعدة البيانات العالمية للنزوح الداخلي (رقم خيالي)',
        ),
      ),
    ],
    editing: NO_EDITING,
    updatedAt: at,
    updatedBy: researcherId,
  };
}
