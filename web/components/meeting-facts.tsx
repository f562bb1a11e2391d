import type { MeetingRef } from '../../api/contract.js';
import { formatDate } from '../format.js';

/** The first entries of a facts list (<dl class="facts">) about a meeting: municipality, body and date. */
export function MeetingFacts({ meeting, dateHref }: { meeting: MeetingRef; dateHref?: string }) {
  const date = formatDate(meeting.date);
  return (
    <>
      <dt>Kommune</dt>
      <dd>{meeting.municipality ?? 'Ukendt'}</dd>
      <dt>Organ</dt>
      <dd>{meeting.body ?? 'Ukendt'}</dd>
      <dt>Dato</dt>
      <dd>{dateHref ? <a href={dateHref}>{date}</a> : date}</dd>
    </>
  );
}
