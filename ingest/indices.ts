import { errors, type Client, type estypes } from '@elastic/elasticsearch';
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

/** Another ingest created the index, or pointed the alias at its own index, a moment earlier. */
function isCreateConflict(error: unknown): boolean {
  const type = error instanceof errors.ResponseError ? (error.body as { error?: { type?: string } } | undefined)?.error?.type : undefined;
  return type === 'resource_already_exists_exception' || type === 'illegal_state_exception';
}

/**
 * The first index behind an alias, created together with the alias in one request. Of two ingests that
 * start at once, one creates it; the other's request fails as a whole ("more than one write index"), leaves
 * no index behind, and finds the winner's alias.
 */
async function createFirstIndex(client: Client, alias: string, mappings: estypes.MappingTypeMapping): Promise<void> {
  try {
    await client.indices.create({
      index: concreteName(alias),
      settings: indexSettings(),
      mappings,
      aliases: { [alias]: { is_write_index: true } },
    });
  } catch (error) {
    if (!isCreateConflict(error) || !(await aliasTarget(client, alias))) throw error;
  }
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
  if (!current) return createFirstIndex(client, alias, mappings);
  if ((await schemaVersionOf(client, current)) === SCHEMA_VERSION) return;
  const next = await createConcrete(client, alias, mappings);
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

/**
 * New empty indices of the current schema, not behind the aliases yet: `ingest --reset` fills them while
 * searches still read the old ones, then promoteIndices swaps them in.
 */
export async function createStagingIndices(client: Client, names: IndexNames): Promise<IndexNames> {
  return {
    items: await createConcrete(client, names.items, itemsMappings),
    meetings: await createConcrete(client, names.meetings, meetingsMappings),
  };
}

function concreteIndicesOf(client: Client, alias: string): Promise<string[]> {
  return client.indices
    .get({ index: `${alias}-v*`, allow_no_indices: true, ignore_unavailable: true, expand_wildcards: 'all' })
    .then((indices) => Object.keys(indices));
}

/**
 * Points both aliases at the staged indices in one atomic alias update (no search sees a missing or empty
 * index in between), then deletes the indices they pointed at before.
 */
export async function promoteIndices(client: Client, names: IndexNames, staged: IndexNames): Promise<void> {
  const pairs = [
    { alias: names.items, index: staged.items },
    { alias: names.meetings, index: staged.meetings },
  ];
  await client.indices.updateAliases({
    actions: pairs.flatMap(({ alias, index }): estypes.IndicesUpdateAliasesAction[] => [
      { remove: { index: `${alias}-v*`, alias, must_exist: false } },
      { add: { index, alias, is_write_index: true } },
    ]),
  });
  const replaced = (await Promise.all(pairs.map(async ({ alias, index }) => (await concreteIndicesOf(client, alias)).filter((name) => name !== index)))).flat();
  if (replaced.length > 0) await client.indices.delete({ index: replaced });
}

/** Deletes indices that were never behind an alias (a reset that stopped half-way). */
export async function dropIndices(client: Client, indices: IndexNames): Promise<void> {
  await client.indices.delete({ index: [indices.items, indices.meetings], ignore_unavailable: true });
}

/** Removes the aliases and every concrete index behind them (tests). */
export async function deleteIndices(client: Client, names: IndexNames): Promise<void> {
  for (const alias of [names.items, names.meetings]) {
    const indices = await concreteIndicesOf(client, alias);
    if (indices.length > 0) await client.indices.delete({ index: indices });
  }
}

/** null restores the index default. */
export async function setRefreshInterval(client: Client, names: IndexNames, interval: string | null): Promise<void> {
  await client.indices.putSettings({ index: [names.items, names.meetings], settings: { refresh_interval: interval as estypes.Duration } });
}
