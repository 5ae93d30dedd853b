package cn.fazhi.review;

import cn.fazhi.testing.KafkaResource;
import cn.fazhi.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The real servers every test of this module runs against: PostgreSQL, Kafka, an OIDC issuer. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public class TestInfrastructure {
}
