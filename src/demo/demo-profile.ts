import type { ProfileDraft } from '@/domain/profile-draft';
import { NO_EDITING } from '@/domain/profile-findings';

/** The researcher's draft for the demo follow-up round: fictional, in English and Arabic. */
export function demoProfileDraft(assessmentId: string, at: string, researcherId: string | null): ProfileDraft {
  return {
    assessmentId,
    introduction: {
      en: 'This demo profile summarises how Demoland, a fictional country, governs migration in 2026. It is produced with MGI Workbench to show a complete profile and is not real data.',
      ar: 'يلخّص هذا الملف التجريبي كيف تدير ديمولاند، وهي بلد خيالي، شؤون الهجرة في عام 2026. أُعدّ باستخدام منصة العمل لعرض ملف كامل، وبياناته ليست حقيقية.',
    },
    methodology: {
      en: 'A Technical Working Group of six ministries and an independent researcher answered the 90 indicators from laws, policies and interviews, then agreed each answer in consensus meetings.',
      ar: 'أجاب فريق عمل فني يضم ست وزارات وباحثًا مستقلًا عن المؤشرات التسعين استنادًا إلى القوانين والسياسات والمقابلات، ثم اتفق على كل إجابة في اجتماعات توافقية.',
    },
    domainNarratives: {
      D2: {
        en: 'The National Migration Strategy 2021–2026 gives the government a shared framework; coordination between ministries is now formalised.',
        ar: 'تمنح الاستراتيجية الوطنية للهجرة 2021–2026 الحكومة إطارًا مشتركًا، وأصبح التنسيق بين الوزارات رسميًا.',
      },
    },
    priorities: [
      { id: 'migration-data', title: { en: 'Migration data', ar: 'بيانات الهجرة' }, text: { en: 'Publish disaggregated statistics every year.', ar: 'نشر إحصاءات مصنّفة كل عام.' } },
      { id: 'return', title: { en: 'Return and reintegration', ar: 'العودة وإعادة الإدماج' }, text: { en: 'Scale up reintegration support for returning nationals.', ar: 'توسيع دعم إعادة إدماج المواطنين العائدين.' } },
      { id: 'legal', title: { en: 'Legal frameworks', ar: 'الأطر القانونية' }, text: { en: 'Adopt the implementing regulations of the Foreign Residents Act.', ar: 'اعتماد اللوائح التنفيذية لقانون المقيمين الأجانب.' } },
      { id: 'economy', title: { en: 'Economic affairs', ar: 'الشؤون الاقتصادية' }, text: { en: 'Lower remittance costs through formal channels.', ar: 'خفض تكاليف التحويلات عبر القنوات الرسمية.' } },
    ],
    keyData: [
      { id: 'immigrants', label: { en: 'International migrants in Demoland', ar: 'المهاجرون الدوليون في ديمولاند' }, value: '412,000', year: '2025', source: 'Demoland Statistics Office (fictional)' },
      { id: 'emigrants', label: { en: 'Demoland nationals abroad', ar: 'مواطنو ديمولاند في الخارج' }, value: '1.3 million', year: '2025', source: 'Ministry of Foreign Affairs (fictional)' },
      { id: 'remittances', label: { en: 'Remittances received (share of GDP)', ar: 'التحويلات المستلمة (حصة من الناتج المحلي)' }, value: '6.2%', year: '2024', source: 'Central Bank of Demoland (fictional)' },
    ],
    editing: NO_EDITING,
    updatedAt: at,
    updatedBy: researcherId,
  };
}
