/** What the evidence panel shows: a titled list of indicators behind a finding, bar or cell. */
export type Trace = { readonly title: string; readonly indicatorIds: readonly string[] };
