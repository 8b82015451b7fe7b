/** Every translation file at once, for completeness tests and the headless report command. */
const modules = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

type Resources = Record<string, Record<string, Record<string, unknown>>>;

export function allResources(): Resources {
  const resources: Resources = {};
  for (const [path, content] of Object.entries(modules)) {
    const match = /\.\/locales\/([a-z]+)\/([a-z-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language = '', namespace = ''] = match;
    (resources[language] ??= {})[namespace] = content;
  }
  return resources;
}
