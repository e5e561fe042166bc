package vn.dondoc.report;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Synchronization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.common.ProblemException;

/**
 * Stores attachment bytes in a directory. The type is read from the content (Tika's magic
 * bytes); the file name only narrows an office container (zip) to DOCX or XLSX. A file is moved
 * into place only when its row commits: a rolled-back upload leaves nothing behind.
 */
@ApplicationScoped
public class AttachmentStorage {

    /** Accepted types and how the UI names them. */
    static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX",
            "application/vnd.oasis.opendocument.text", "ODT",
            "image/png", "PNG",
            "image/jpeg", "JPEG");

    public record Stored(String storageKey, String contentType, long size, String sha256) {
    }

    @ConfigProperty(name = "dondoc.attachments.dir", defaultValue = "data/attachments")
    Path directory;

    @ConfigProperty(name = "dondoc.attachments.max-size", defaultValue = "20M")
    MemorySize maxSize;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Tika tika = new Tika();

    /** Checks and stores an uploaded file; the caller's transaction decides whether it stays. */
    public Stored store(Path upload, String fileName) {
        try {
            long size = Files.size(upload);
            if (size == 0) {
                throw ProblemException.invalid("file", "Tệp rỗng");
            }
            if (size > maxSize.asLongValue()) {
                throw new ProblemException(413, "urn:dondoc:problem:file-too-large", "Tệp quá lớn",
                        "Tệp " + fileName + " có dung lượng " + (size / 1024 / 1024) + " MB, vượt giới hạn "
                                + (maxSize.asLongValue() / 1024 / 1024) + " MB.", null);
            }
            String type = detect(upload, fileName);
            if (!ALLOWED.containsKey(type)) {
                throw new ProblemException(415, "urn:dondoc:problem:unsupported-file-type", "Loại tệp không được chấp nhận",
                        "Nội dung tệp " + fileName + " là '" + type + "'. Chỉ chấp nhận PDF, DOCX, XLSX, ODT, PNG, JPEG.", null);
            }
            String sha256 = sha256(upload);
            String key = UUID.randomUUID().toString();
            Files.createDirectories(directory);
            Path pending = directory.resolve(key + ".part");
            Files.copy(upload, pending, StandardCopyOption.REPLACE_EXISTING);
            Path target = directory.resolve(key);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    try {
                        if (status == Status.STATUS_COMMITTED) {
                            Files.move(pending, target, StandardCopyOption.ATOMIC_MOVE);
                        } else {
                            Files.deleteIfExists(pending);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            return new Stored(key, type, size, sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path(String storageKey) {
        return directory.resolve(storageKey);
    }

    /** Deletes the bytes once the row's deletion commits. */
    public void deleteAfterCommit(String storageKey) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(path(storageKey));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        });
    }

    private String detect(Path file, String fileName) throws IOException {
        String fromContent;
        try (InputStream in = Files.newInputStream(file)) {
            fromContent = tika.detect(in);
        }
        // An OOXML or zip container says nothing of what is inside: the name tells DOCX from XLSX,
        // but only once the content has shown it is such a container.
        if (fromContent.equals("application/x-tika-ooxml") || fromContent.equals("application/zip")) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            try (InputStream in = Files.newInputStream(file)) {
                String refined = tika.detect(in, metadata);
                if (refined.startsWith("application/vnd.openxmlformats-officedocument.")) {
                    return refined;
                }
            }
        }
        return fromContent;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
