package vn.dondoc.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

/**
 * Reads Envers' history of an entity as a list of who changed which field from what to what.
 * Snapshots are compared field by field; references show the related entity's code or id.
 */
@ApplicationScoped
public class AuditHistory {

    @Schema(name = "HistoryChange", description = "Một trường đã thay đổi.")
    public record Change(
            @Schema(examples = "dueDate") String field,
            @Schema(examples = "2026-12-15") String from,
            @Schema(examples = "2027-03-31") String to) {
    }

    @Schema(name = "HistoryEntry", description = "Một lần thay đổi: ai, khi nào, thay đổi gì.")
    public record HistoryEntry(
            @Schema(examples = "57") long revision,
            @Schema(examples = "2026-11-24T08:15:30Z") Instant at,
            @Schema(description = "Tên đăng nhập người thay đổi", examples = "theodoi.sct") String by,
            @Schema(description = "CREATED, UPDATED hoặc DELETED", examples = "UPDATED") String action,
            @Schema(description = "Loại đối tượng", examples = "Task") String entity,
            @Schema(examples = "42") Long entityId,
            List<Change> changes) {
    }

    @Inject
    EntityManager entityManager;

    /** The whole history of one entity, oldest first. */
    public List<HistoryEntry> history(Class<?> entityClass, Object id) {
        return entries(entityClass, AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityClass, false, true)
                .add(AuditEntity.id().eq(id)));
    }

    /** The history of every entity of a class whose many-to-one {@code relation} points at {@code relatedId}. */
    public List<HistoryEntry> historyOfRelated(Class<?> entityClass, String relation, Object relatedId) {
        return entries(entityClass, AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityClass, false, true)
                .add(AuditEntity.relatedId(relation).eq(relatedId)));
    }

    /** Several histories merged in commit order. */
    @SafeVarargs
    public static List<HistoryEntry> merge(List<HistoryEntry>... histories) {
        List<HistoryEntry> all = new ArrayList<>();
        for (List<HistoryEntry> h : histories) {
            all.addAll(h);
        }
        all.sort(Comparator.comparingLong(HistoryEntry::revision).thenComparing(HistoryEntry::entity)
                .thenComparing(e -> e.entityId() == null ? 0L : e.entityId()));
        return all;
    }

    private List<HistoryEntry> entries(Class<?> entityClass, AuditQuery query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        java.util.Map<Object, Object> previousById = new java.util.HashMap<>();
        for (Object[] row : rows) {
            // Envers may hand back an uninitialised proxy whose own fields are empty.
            Object snapshot = Hibernate.unproxy(row[0]);
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            Object id = idOf(snapshot);
            Object previous = previousById.get(id);
            List<Change> changes = type == RevisionType.DEL ? List.of() : diff(previous, snapshot);
            entries.add(new HistoryEntry(revision.id, Instant.ofEpochMilli(revision.timestamp), revision.username,
                    switch (type) {
                        case ADD -> "CREATED";
                        case MOD -> "UPDATED";
                        case DEL -> "DELETED";
                    }, entityClass.getSimpleName(), id instanceof Number n ? n.longValue() : null, changes));
            previousById.put(id, snapshot);
        }
        return entries;
    }

    private static List<Change> diff(Object before, Object after) {
        List<Change> changes = new ArrayList<>();
        for (Field field : persistentFields(after.getClass())) {
            if (field.isAnnotationPresent(NotAudited.class) || field.isAnnotationPresent(Id.class)) {
                continue;
            }
            String from = before == null ? null : display(read(field, before), field);
            String to = display(read(field, after), field);
            if (!Objects.equals(from, to)) {
                changes.add(new Change(field.getName(), from, to));
            }
        }
        return changes;
    }

    private static Object read(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String display(Object value, Field field) {
        if (value == null) {
            return null;
        }
        if (field.isAnnotationPresent(ManyToOne.class)) {
            Object related = Hibernate.unproxy(value);
            for (Field code : persistentFields(related.getClass())) {
                if (code.getName().equals("code") && read(code, related) != null) {
                    return read(code, related).toString();
                }
            }
            return String.valueOf(idOf(related));
        }
        return value.toString();
    }

    /** The entity's own fields: Panache turns public entity fields into private ones with accessors. */
    private static List<Field> persistentFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != PanacheEntityBase.class && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.getName().startsWith("$$")) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static Object idOf(Object entity) {
        for (Field field : persistentFields(entity.getClass())) {
            if (field.isAnnotationPresent(Id.class)) {
                return read(field, entity);
            }
        }
        if (entity instanceof PanacheEntityBase) {
            throw new IllegalStateException("No @Id on " + entity.getClass());
        }
        return null;
    }
}
