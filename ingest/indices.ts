import type { Client, estypes } from '@elastic/elasticsearch';
import { indexSettings, itemsMappings, meetingsMappings, SCHEMA_VERSION } from '../analyzers/index-settings.js';
import { bulkIndex, type PendingDocument } from './bulk-index.js';
import type { IndexNames } from './index-names.js';

function concreteName(alias: string): string {
  return `${alias}-v${SCHEMA_VERSION}-${Date.now()}`;
}

async function aliasTarget(client: Client, alias: string): Promise<string | null> {
  const exists = await client.indices.existsAlias({ name: alias });
  if (!exists) return null;
  const aliases = await client.indices.getAlias({ name: alias });
  return Object.keys(aliases)[0] ?? null;
}

async function schemaVersionOf(client: Client, index: string): Promise<number | null> {
  const mapping = await client.indices.getMapping({ index });
  const meta = mapping[index]?.mappings._meta as { schemaVersion?: number } | undefined;
  return meta?.schemaVersion ?? null;
}

async function createConcrete(client: Client, alias: string, mappings: estypes.MappingTypeMapping): Promise<string> {
  const index = concreteName(alias);
  await client.indices.create({ index, settings: indexSettings(), mappings });
  return index;
}

/**
 * Copies every document into another index. Done by the client (scroll + bulk) rather than `_reindex`,
 * which the integ-test-zip node lacks; the documents' sources hold everything, compound parts included.
 */
async function copyDocuments(client: Client, from: string, to: string): Promise<void> {
  async function* documents(): AsyncGenerator<PendingDocument> {
    for await (const page of client.helpers.scrollSearch<object>({ index: from, size: 1000, query: { match_all: {} } })) {
      for (const hit of page.body.hits.hits) yield { index: to, id: hit._id!, source: hit._source! };
    }
  }
  const { failures } = await bulkIndex(client, documents());
  if (failures.length > 0) throw new Error(`Copying ${from} to ${to} failed for ${failures.length} documents: ${failures[0].reason}`);
  await client.indices.refresh({ index: to });
}

/**
 * Makes sure the alias points at an index of the current schema. An older index is copied into a new
 * concrete index and the alias swapped atomically, so readers never see a missing or half-filled index.
 */
async function ensureAlias(client: Client, alias: string, mappings: estypes.MappingTypeMapping): Promise<void> {
  const current = await aliasTarget(client, alias);
  if (current && (await schemaVersionOf(client, current)) === SCHEMA_VERSION) return;
  const next = await createConcrete(client, alias, mappings);
  if (!current) {
    await client.indices.putAlias({ index: next, name: alias, is_write_index: true });
    return;
  }
  await copyDocuments(client, current, next);
  await client.indices.updateAliases({
    actions: [{ remove: { index: current, alias } }, { add: { index: next, alias, is_write_index: true } }],
  });
  await client.indices.delete({ index: current });
}

export async function ensureIndices(client: Client, names: IndexNames): Promise<void> {
  await ensureAlias(client, names.items, itemsMappings);
  await ensureAlias(client, names.meetings, meetingsMappings);
}

/** Removes the aliases and every concrete index behind them (tests, `ingest --reset`). */
export async function deleteIndices(client: Client, names: IndexNames): Promise<void> {
  for (const alias of [names.items, names.meetings]) {
    const concrete = await client.indices.get({ index: `${alias}-v*`, allow_no_indices: true, ignore_unavailable: true });
    const indices = Object.keys(concrete);
    if (indices.length > 0) await client.indices.delete({ index: indices });
  }
}

/** null restores the index default. */
export async function setRefreshInterval(client: Client, names: IndexNames, interval: string | null): Promise<void> {
  await client.indices.putSettings({ index: [names.items, names.meetings], settings: { refresh_interval: interval as estypes.Duration } });
}
