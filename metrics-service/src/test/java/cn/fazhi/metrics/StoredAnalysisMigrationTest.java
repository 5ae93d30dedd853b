package cn.fazhi.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.fazhi.analysis.AnalysisContext;
import cn.fazhi.analysis.AnalysisJson;
import cn.fazhi.analysis.ReportAnalysis;
import cn.fazhi.analysis.ReportAnalyzer;
import cn.fazhi.metrics.mapping.AnalysisMapper;
import cn.fazhi.metrics.mapping.EngineMapper;
import cn.fazhi.testing.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rows stored before the schema version (the engine's own JSON, as metrics-service wrote it up to
 * V3) read, after V4, exactly as the document the service writes now; documents of schema version 1
 * read, after V8, with their findings' machine-readable fields null.
 */
class StoredAnalysisMigrationTest {

    private static final ObjectMapper JSON = AnalysisJson.mapper();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void oldRowsBecomeDocumentsOfSchemaVersionOne() throws Exception {
        DataSource db = freshDatabase();
        flyway(db, "3").migrate();
        ReportAnalyzer engine = new ReportAnalyzer();
        Map<UUID, ReportAnalysis> before = new LinkedHashMap<>();
        // with CONFLICTING_VALUES (two passages), MISSING_SECTION (one), and ORG/YEAR_MISMATCH
        for (String fixture : List.of(Fixtures.BAOCHANG_2024, Fixtures.DONGJITUO_2024, Fixtures.WANGCHANG_2023)) {
            ReportAnalysis analysis = engine.analyze(Fixtures.report(fixture), new AnalysisContext(2024, "包场镇"));
            UUID id = UUID.randomUUID();
            insertAsBeforeV4(db, id, JSON.writeValueAsString(analysis));
            before.put(id, analysis);
        }
        ReportAnalysis some = engine.analyze("调解纠纷46起。", AnalysisContext.NONE);
        ReportAnalysis noFindings = new ReportAnalysis(some.engineVersion(), some.metadata(), some.outline(),
                some.sections(), some.mentions(), some.indicators(), List.of());
        UUID noFindingsId = UUID.randomUUID();
        insertAsBeforeV4(db, noFindingsId, JSON.writeValueAsString(noFindings));
        before.put(noFindingsId, noFindings);

        flyway(db, "latest").migrate();

        AnalysisMapper mapper = new AnalysisMapper(JSON);
        for (Map.Entry<UUID, ReportAnalysis> row : before.entrySet()) {
            assertEquals(tree(EngineMapper.toView(row.getValue())), tree(mapper.fromJson(result(db, row.getKey()))));
        }
        assertEquals(AnalysisMapper.SCHEMA_VERSION, JSON.readTree(result(db, noFindingsId)).get("schemaVersion").asInt());
    }

    /** Version 1 documents (written before findings carried their fields) read with the four fields null. */
    @Test
    void documentsOfSchemaVersionOneGetTheFindingFieldsAsNull() throws Exception {
        DataSource db = freshDatabase();
        flyway(db, "7").migrate();
        ReportAnalysis analysis = new ReportAnalyzer().analyze("受理矛盾纠纷150余件，化解120件，化解率98%。",
                AnalysisContext.NONE);
        ObjectNode expected = (ObjectNode) tree(EngineMapper.toView(analysis));
        List<String> fields = List.of("sectionCode", "indicatorCode", "statedValue", "allowedRange");
        ObjectNode versionOne = expected.deepCopy();
        versionOne.put("schemaVersion", 1);
        for (JsonNode finding : versionOne.get("findings")) {
            ((ObjectNode) finding).remove(fields);
        }
        for (JsonNode finding : expected.get("findings")) {
            fields.forEach(field -> ((ObjectNode) finding).putNull(field));
        }
        UUID id = UUID.randomUUID();
        insertAsBeforeV4(db, id, versionOne.toString());

        flyway(db, "latest").migrate();

        assertEquals(expected, tree(new AnalysisMapper(JSON).fromJson(result(db, id))));
        assertEquals(AnalysisMapper.SCHEMA_VERSION, JSON.readTree(result(db, id)).get("schemaVersion").asInt());
    }

    /** Each test migrates its own database from the start. */
    private static DataSource freshDatabase() throws Exception {
        String name = "migration_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                java.sql.Statement create = c.createStatement()) {
            create.execute("create database " + name);
        }
        return postgres.getDatabase("postgres", name);
    }

    private static Flyway flyway(DataSource db, String target) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration").target(target).load();
    }

    private static void insertAsBeforeV4(DataSource db, UUID id, String engineJson) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into analysis (id, report_id, version, township_code, year, engine_version, content_hash,
                                      mention_count, finding_count, result, analyzed_at)
                values (?, ?, 1, '320684104', 2024, '2', ?, 0, 0, ?::jsonb, now())""")) {
            insert.setObject(1, id);
            insert.setObject(2, UUID.randomUUID());
            insert.setString(3, "0".repeat(64));
            insert.setString(4, engineJson);
            insert.executeUpdate();
        }
    }

    private static String result(DataSource db, UUID id) throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement select = c.prepareStatement("select result::text from analysis where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static JsonNode tree(Object value) throws Exception {
        return JSON.readTree(JSON.writeValueAsString(value));
    }
}
