import type { SourceRef } from '../../../api/contract.js';

/** The "Kilde" fact: the ingested document (served by the API) and where it was published, when known. */
export function SourceFact({ source }: { source: SourceRef }) {
  return (
    <>
      <dt>Kilde</dt>
      <dd class="source-fact">
        {source.href ? (
          <a href={source.href} target="_blank" rel="noopener">
            Det originale referat{source.page ? `, side ${source.page}` : ''}
            <span class="visually-hidden"> (åbner i en ny fane)</span>
          </a>
        ) : (
          <span>
            {source.file}
            <span class="muted"> (dokumentet vises ikke her, fordi det indeholder lukkede punkter eller ikke findes længere)</span>
          </span>
        )}
        {source.url && (
          <>
            {' · '}
            <a href={source.url} rel="noopener noreferrer external">
              Offentliggjort her
            </a>
          </>
        )}
      </dd>
    </>
  );
}
