package vn.dondoc.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the curl examples of docs/integration.md (every block fenced as {@code ```bash test}), in
 * order, as one bash script with {@code -euo pipefail}, against this test's backend and the real
 * Keycloak: the guide's token request, upsert, 422 example and status read must all work as written.
 */
@QuarkusTest
class IntegrationGuideTest {

    private static final Path GUIDE = Path.of("../docs/integration.md");
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```bash test\\s*\\n(.*?)^```\\s*$");
    private static final String DIRECTIVE = "QLVB-2026-000125";

    @Inject
    IntegrationFixtures fx;

    @AfterEach
    void cleanUp() {
        fx.purge(DIRECTIVE);
    }

    static List<String> testedBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** The sample delivery printed in the guide carries a signature Dondoc would have made. */
    @Test
    void theGuidesSampleSignatureIsDondocs() throws Exception {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        Matcher sample = Pattern.compile("WEBHOOK_SIGNATURE:-(v1=[0-9a-f]{64})[\\s\\S]*?printf '%s' '([^']+)' > body.json")
                .matcher(guide);
        assertTrue(sample.find(), "the guide's sample delivery went missing");
        assertEquals(vn.dondoc.event.WebhookSignature.sign("whsec-example", 1764057600L, sample.group(2)), sample.group(1));
    }

    @Test
    void theGuidesExamplesWorkAsWritten() throws Exception {
        fx.purge(DIRECTIVE);
        List<String> blocks = testedBlocks(Files.readString(GUIDE, StandardCharsets.UTF_8));
        assertTrue(blocks.size() >= 5, "the guide's tested examples went missing: " + blocks.size());
        Path dir = Files.createTempDirectory("dondoc-guide");
        Path script = dir.resolve("guide.sh");
        Files.writeString(script, String.join("\n", blocks), StandardCharsets.UTF_8);
        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", script.toString())
                .directory(dir.toFile()).redirectErrorStream(true);
        bash.environment().put("DONDOC_URL", "http://localhost:" + RestAssured.port);
        bash.environment().put("KEYCLOAK_URL", System.getenv().getOrDefault("DONDOC_KC_URL", "http://localhost:18090"));
        bash.environment().put("DOCSYS_SECRET", System.getenv().getOrDefault("DONDOC_DOCSYS_SECRET", "docsys-dev-secret"));
        // The shell signature check must accept what Dondoc's own signer produces, on a body with Vietnamese text.
        String body = "{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"type\":\"REPORT_ACCEPTED\",\"note\":\"Đã tiếp nhận báo cáo\"}";
        long timestamp = java.time.Instant.now().getEpochSecond();
        bash.environment().put("WEBHOOK_SECRET", "guide-test-secret");
        bash.environment().put("WEBHOOK_TIMESTAMP", Long.toString(timestamp));
        bash.environment().put("WEBHOOK_BODY", body);
        bash.environment().put("WEBHOOK_SIGNATURE", vn.dondoc.event.WebhookSignature.sign("guide-test-secret", timestamp, body));
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the guide's examples did not finish");
        assertEquals(0, process.exitValue(), "the guide's examples failed:\n" + output);
        assertTrue(output.contains("\"externalId\":\"" + DIRECTIVE + "\""), output);
        assertTrue(output.contains("signature valid"), output);
        assertEquals(1, fx.directives(DIRECTIVE));
        assertEquals(3, fx.tasks(DIRECTIVE));
    }
}
