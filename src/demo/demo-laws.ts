import type { SourceType } from '@/domain/assessment';

/** The fictional legal texts of Demoland, one set per domain, cited by the demo's sources. */
export type DemoLaw = { readonly type: SourceType; readonly title: string; readonly date: string };

export const DEMO_LAWS: Readonly<Record<string, readonly DemoLaw[]>> = {
  D1: [
    { type: 'law', title: 'Foreign Residents Act of Demoland', date: '2018-03-14' },
    { type: 'regulation', title: 'Ministerial Regulation No. 12 on Access to Public Services', date: '2020-06-01' },
  ],
  D2: [
    { type: 'policy', title: 'National Migration Strategy 2021–2026', date: '2021-01-20' },
    { type: 'law', title: 'Migration Agency Establishment Decree', date: '2016-09-05' },
  ],
  D3: [
    { type: 'policy', title: 'Regional Mobility Protocol', date: '2019-11-30' },
    { type: 'report', title: 'Ministry of Foreign Affairs Annual Report', date: '2024-02-15' },
  ],
  D4: [
    { type: 'regulation', title: 'Labour Mobility Regulation', date: '2020-04-22' },
    { type: 'website', title: 'Diaspora Affairs Office portal', date: '2025-05-10' },
  ],
  D5: [
    { type: 'law', title: 'Disaster Risk Management Law', date: '2017-07-07' },
    { type: 'interview', title: 'Interview with the Civil Protection Directorate', date: '2026-03-02' },
  ],
  D6: [
    { type: 'law', title: 'Border and Entry Act', date: '2019-02-18' },
    { type: 'policy', title: 'National Action Plan against Trafficking in Persons', date: '2022-10-01' },
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
