import type { SourceType } from '@/domain/assessment';
import type { LocalizedText } from '@/domain/localized-text';

/** The fictional legal texts of Demoland, one set per domain, cited by the demo's sources, in both languages. */
export type DemoLaw = { readonly type: SourceType; readonly title: LocalizedText; readonly date: string };

export const DEMO_LAWS: Readonly<Record<string, readonly DemoLaw[]>> = {
  D1: [
    { type: 'law', title: { en: 'Foreign Residents Act of Demoland', ar: 'قانون المقيمين الأجانب في ديمولاند' }, date: '2018-03-14' },
    {
      type: 'regulation',
      title: {
        en: 'Ministerial Regulation No. 12 on Access to Public Services',
        ar: 'اللائحة الوزارية رقم 12 بشأن الحصول على الخدمات العامة',
      },
      date: '2020-06-01',
    },
  ],
  D2: [
    {
      type: 'policy',
      title: { en: 'National Migration Strategy 2021–2026', ar: 'الاستراتيجية الوطنية للهجرة 2021–2026' },
      date: '2021-01-20',
    },
    { type: 'law', title: { en: 'Migration Agency Establishment Decree', ar: 'مرسوم إنشاء وكالة الهجرة' }, date: '2016-09-05' },
  ],
  D3: [
    { type: 'policy', title: { en: 'Regional Mobility Protocol', ar: 'بروتوكول التنقل الإقليمي' }, date: '2019-11-30' },
    {
      type: 'report',
      title: { en: 'Ministry of Foreign Affairs Annual Report', ar: 'التقرير السنوي لوزارة الخارجية' },
      date: '2024-02-15',
    },
  ],
  D4: [
    { type: 'regulation', title: { en: 'Labour Mobility Regulation', ar: 'لائحة تنقل العمالة' }, date: '2020-04-22' },
    { type: 'website', title: { en: 'Diaspora Affairs Office portal', ar: 'بوابة مكتب شؤون المغتربين' }, date: '2025-05-10' },
  ],
  D5: [
    { type: 'law', title: { en: 'Disaster Risk Management Law', ar: 'قانون إدارة مخاطر الكوارث' }, date: '2017-07-07' },
    {
      type: 'interview',
      title: { en: 'Interview with the Civil Protection Directorate', ar: 'مقابلة مع مديرية الدفاع المدني' },
      date: '2026-03-02',
    },
  ],
  D6: [
    { type: 'law', title: { en: 'Border and Entry Act', ar: 'قانون الحدود والدخول' }, date: '2019-02-18' },
    {
      type: 'policy',
      title: { en: 'National Action Plan against Trafficking in Persons', ar: 'خطة العمل الوطنية لمكافحة الاتجار بالأشخاص' },
      date: '2022-10-01',
    },
  ],
};

export const DEMO_MEMBERS = [
  { name: 'Amal Haddad', institution: 'Ministry of Interior', role: 'coordinator' },
  { name: 'Daniel Okafor', institution: 'Independent researcher', role: 'researcher' },
  { name: 'Layla Rahimi', institution: 'Ministry of Labour and Social Affairs', role: 'member' },
  { name: 'Omar Saleh', institution: 'Ministry of Foreign Affairs', role: 'member' },
  { name: 'Sara Lindqvist', institution: 'National Statistics Office', role: 'reviewer' },
  { name: 'Youssef Karim', institution: 'Ministry of Justice', role: 'observer' },
] as const;

/**
 * A justification's first sentence per answer level, from which the profile drafts its findings:
 * {law} is the law's title, {area} the sub-domain (lower-cased in English).
 */
export const DEMO_STATEMENTS = {
  developed: {
    en: 'The {law} provides for {area}, and the working group found it applied nationwide.',
    ar: 'ينظّم {law} مجال {area}، وقد وجد فريق العمل أنه مطبَّق على المستوى الوطني.',
  },
  partial: {
    en: 'The {law} covers {area} only in part, and its implementing rules are still being drafted.',
    ar: 'لا يغطي {law} مجال {area} إلا جزئيًا، ولا تزال لوائحه التنفيذية قيد الإعداد.',
  },
  gap: {
    en: 'No law or policy in force yet addresses {area}.',
    ar: 'لا يوجد بعدُ قانون أو سياسة نافذة تتناول مجال {area}.',
  },
  detail: {
    en: 'Article {article} was checked against the official gazette in {year}.',
    ar: 'رُوجعت المادة {article} في الجريدة الرسمية عام {year}.',
  },
} as const;
