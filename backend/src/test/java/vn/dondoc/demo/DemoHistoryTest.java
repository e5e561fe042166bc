package vn.dondoc.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(HistoryProfile.class)
class DemoHistoryTest {

    @Inject
    EntityManager em;

    @Test
    @Transactional
    void theHistoryIsThere() {
        long n = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM progress_report").getSingleResult()).longValue();
        assertTrue(n > 100, "progress reports: " + n);
    }
}
