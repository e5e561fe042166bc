package vn.dondoc.importer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * Reads uploaded documents in the background, one at a time: each step commits its own short transaction so
 * whoever polls the draft sees QUEUED, RUNNING with the percent of paragraphs parsed and matched, then READY,
 * or FAILED with the reason in Vietnamese.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    /** Fired by the service in the upload's transaction; the bytes travel with it (they are not stored). */
    public record Queued(long draftId, byte[] content) {
    }

    @Inject
    ImportService imports;

    @Inject
    Clock clock;

    private ManagedExecutor executor;

    @PostConstruct
    void build() {
        executor = ManagedExecutor.builder().maxAsync(1).propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING)
                .build();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** The bytes of a draft left unread by a stopped instance are gone: such drafts fail and can be uploaded again. */
    void onStart(@Observes io.quarkus.runtime.StartupEvent start) {
        Instant limit = Instant.now(clock).minus(Duration.ofMinutes(10));
        int stale = QuarkusTransaction.requiringNew().call(() -> ImportDraft.update(
                "status = ?1, error = ?2 where status in ?3 and createdAt < ?4", ImportStatus.FAILED,
                "Máy chủ đã khởi động lại trong khi đọc văn bản; hãy tải lên lại.", List.of(ImportStatus.QUEUED, ImportStatus.RUNNING),
                limit));
        if (stale > 0) {
            LOG.warnf("%d import drafts left unread by a stopped instance marked FAILED", stale);
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued queued) {
        executor.execute(() -> run(queued.draftId(), queued.content()));
    }

    void run(long id, byte[] content) {
        try {
            step(id, ImportStatus.RUNNING, 1, d -> {
            });
            DocumentReader reader = new DocumentReader(imports.patterns());
            DocumentReader.Format format = DocumentReader.detect(content);
            List<SourceParagraph> paragraphs;
            try {
                paragraphs = reader.read(content);
            } catch (IOException | RuntimeException e) {
                LOG.infof("Import %d: unreadable %s (%s)", id, format, e.toString());
                fail(id, "Không đọc được tệp " + (format == DocumentReader.Format.DOCX ? "DOCX" : "văn bản")
                        + ": tệp hỏng hoặc không đúng định dạng (.docx, .txt UTF-8).");
                return;
            }
            if (paragraphs.stream().allMatch(p -> p.text().isBlank())) {
                fail(id, "Văn bản không có nội dung.");
                return;
            }
            step(id, ImportStatus.RUNNING, 10, d -> {
            });
            UnitMatcher matcher = imports.matcher();
            int[] written = { 10 };
            Proposal.Content proposal = new ProgramParser(imports.patterns(), matcher).onProgress(percent -> {
                // 10-95 %; one short transaction per 5 points, not one per paragraph.
                int overall = 10 + percent * 85 / 100;
                if (overall >= written[0] + 5 && overall < 100) {
                    written[0] = overall;
                    step(id, ImportStatus.RUNNING, overall, d -> {
                    });
                }
            }).parse(paragraphs);
            String lines = imports.write(paragraphs.stream().map(SourceParagraph::text).toList());
            String json = imports.write(proposal);
            step(id, ImportStatus.READY, 100, d -> {
                d.sourceLines = lines;
                d.proposal = json;
                d.error = null;
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %d failed", id);
            fail(id, "Lỗi khi đọc văn bản: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private void fail(long id, String reason) {
        try {
            step(id, ImportStatus.FAILED, 100, d -> d.error = reason.length() > 2000 ? reason.substring(0, 2000) : reason);
        } catch (RuntimeException again) {
            LOG.errorf(again, "Import %d: could not record the failure", id);
        }
    }

    private static void step(long id, ImportStatus status, int progress, Consumer<ImportDraft> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportDraft draft = ImportDraft.findById(id);
            if (draft == null) {
                return;
            }
            draft.status = status;
            draft.progress = progress;
            change.accept(draft);
        });
    }
}
