/**
 * The one place the Elasticsearch version is pinned. The managed node, the docker-compose image tag
 * (checked by a test) and the @elastic/elasticsearch client (same major.minor, checked by a test) follow it.
 *
 * 8.19 and not 9.x: no 9.x integ-test-zip is published in Maven Central (see README, "Elasticsearch version").
 */
export const ELASTICSEARCH_VERSION = '8.19.21';

export const INTEG_TEST_ZIP_ARTIFACT = `org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ELASTICSEARCH_VERSION}:zip`;
