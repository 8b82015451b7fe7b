import { useT } from '@/i18n/use-t';
import { hrefFor } from '@/routing/router';

export function NotFoundPage() {
  const { t } = useT();
  return (
    <section>
      <h1>{t('notFound')}</h1>
      <a href={hrefFor({ name: 'home' })}>{t('back')}</a>
    </section>
  );
}
