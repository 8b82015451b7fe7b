import type { Member } from '@/domain/assessment';
import { actorName } from '@/domain/actor';
import type { Catalogue } from '@/domain/catalogue';
import type { ValidationMeeting, ValidationRecord } from '@/domain/validation';
import { textForPrint } from '@/domain/bilingual-text';
import { reservationsText } from '@/domain/validation';
import { recordMeetings } from '@/domain/validation-meetings';
import { formatDate, formatDateTime, formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { domainNames } from './issue-text';

type Props = { readonly record: ValidationRecord; readonly catalogue: Catalogue; readonly members: readonly Member[] };

/**
 * The published validation record, as the PDF prints it: the meeting, who was present for which
 * government, each domain's decision and reservations, and who locked it, when and with what claim.
 */
export function ValidationRecordView({ record, catalogue, members }: Props) {
  const { t, locale } = useT('validation');
  const people = useT('people').t;
  const meetings = recordMeetings(record);
  const separator = people('listSeparator');
  return (
    <section className="card validation-record" aria-labelledby="validation-record-heading" data-testid="validation-record">
      <h2 id="validation-record-heading">{t('record.heading')}</h2>
      {record.lockedAt && (
        <p data-testid="record-lock">
          {t(record.lockKind === 'validated-with-reservations' ? 'record.lockedWithReservations' : 'record.locked', {
            date: formatDateTime(record.lockedAt, locale),
            name: actorName(record.lockedBy, members, { secretariat: people('actor.secretariat'), unknown: people('actor.unknown') }, true),
          })}
        </p>
      )}
      {meetings.map((meeting, index) => (
        <MeetingRecord
          key={index}
          meeting={meeting}
          heading={meetings.length > 1 ? t('record.meetingNumbered', { number: formatNumber(index + 1, locale) }) : t('record.meeting')}
        />
      ))}
      <h3>{t('record.decisions')}</h3>
      <table className="data-table" data-testid="record-decisions">
        <thead>
          <tr>
            <th scope="col">{t('decisions.domain')}</th>
            <th scope="col">{t('decisions.decision')}</th>
            <th scope="col">{t('decisions.reservations')}</th>
          </tr>
        </thead>
        <tbody>
          {catalogue.domains.map((domain) => {
            const decision = record.decisions.find((d) => d.domainId === domain.id);
            const unresolved = record.lockReservations?.find((r) => r.domainId === domain.id)?.indicatorIds ?? [];
            // In the screen's language, or the original marked as not translated (as the report prints it).
            const shown = decision ? textForPrint(reservationsText(decision), locale) : { text: '', untranslated: false };
            const notes = [
              shown.untranslated ? `${t('record.untranslatedMark')} ${shown.text}` : shown.text,
              unresolved.length > 0 ? t('record.unresolved', { ids: unresolved.join(separator), count: unresolved.length }) : '',
            ].filter(Boolean);
            return (
              <tr key={domain.id} data-domain-id={domain.id}>
                <th scope="row">{domainNames(catalogue, [domain.id], locale)}</th>
                <td>{decision ? t(`decisions.kinds.${decision.decision}`) : t('decisions.undecided')}</td>
                <td dir="auto">{notes.length > 0 ? notes.join(' — ') : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** One meeting of the record: date, place, format and who was present for which government. */
function MeetingRecord({ meeting, heading }: { readonly meeting: ValidationMeeting; readonly heading: string }) {
  const { t, locale } = useT('validation');
  return (
    <div data-testid="record-meeting">
      <h3>{heading}</h3>
      <p dir="auto">
        {t('record.meetingLine', {
          date: formatDate(meeting.date, locale),
          place: meeting.place,
          format: meeting.format ? t(`meeting.formats.${meeting.format}`) : t('record.formatUnknown'),
        })}
      </p>
      <table className="data-table" data-testid="record-participants">
        <caption className="visually-hidden">{t('record.participants')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('record.institution')}</th>
            <th scope="col">{t('record.government')}</th>
            <th scope="col">{t('record.official')}</th>
          </tr>
        </thead>
        <tbody>
          {meeting.participants.map((p, index) => (
            <tr key={index}>
              <td dir="auto">{p.ministry}</td>
              <td dir="auto">{p.government ?? '—'}</td>
              <td dir="auto">{p.official || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
