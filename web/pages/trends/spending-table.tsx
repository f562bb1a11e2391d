import type { SpendingCell, SpendingTableResponse } from '../../../api/contract.js';
import { api, spendingTableCsvUrl } from '../../api/client.js';
import { ErrorState, LoadingBar } from '../../components/states.js';
import { formatDkk, formatDkkExact } from '../../format.js';
import { useApi } from '../../lib/use-api.js';

function Cell({ cell }: { cell: SpendingCell }) {
  if (cell.amountDkk === 0) return <td>0</td>;
  return (
    <td>
      <a href={`/tendenser?${cell.moneyDrilldown}`} title={`${formatDkkExact(cell.amountDkk)}: vis punkterne`}>
        {formatDkk(cell.amountDkk)}
      </a>
    </td>
  );
}

/** Theme × municipality over the whole selection, with totals; each cell opens its items. */
export function SpendingTable({ request }: { request: URLSearchParams }) {
  const key = request.toString();
  const state = useApi<SpendingTableResponse>(`spending-table:${key}`, (signal) => api.spendingTable(request, signal));
  const data = state.stale ? null : state.data;
  return (
    <section class="trends-table spending-table" aria-labelledby="spending-table-heading">
      <div class="section-heading">
        <h2 id="spending-table-heading">Fordelt på kommuner</h2>
        <a href={spendingTableCsvUrl(request)} download>
          Hent tabellen som CSV
        </a>
      </div>
      {state.slow && <LoadingBar label="Henter tabellen…" />}
      {state.error ? (
        <ErrorState error={state.error} onRetry={state.retry} what="tabellen" />
      ) : data ? (
        data.columns.values.length === 0 ? (
          <p class="muted">Ingen beløb i udvalget.</p>
        ) : (
          <div class="table-wrap">
            <table class="data-table">
              <caption>
                Kroner pr. emne og kommune i hele perioden. »Alle punkter« tæller hvert punkt én gang, også når det hører under flere emner, og er
                derfor ikke summen af rækkerne over den. Klik på et beløb for at se punkterne.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Emne</th>
                  {data.columns.values.map((value) => (
                    <th scope="col" key={value}>
                      {value}
                    </th>
                  ))}
                  <th scope="col">I alt</th>
                </tr>
              </thead>
              <tbody>
                {[...data.rows, data.total].map((row) => (
                  <tr key={row.key} class={row === data.total ? 'is-total' : undefined}>
                    <th scope="row">{row.label}</th>
                    {row.cells.map((cell, index) => (
                      <Cell key={index} cell={cell} />
                    ))}
                    <Cell cell={row.total} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </section>
  );
}
