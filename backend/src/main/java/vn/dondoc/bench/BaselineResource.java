package vn.dondoc.bench;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.common.security.Roles;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Timeliness;
import vn.dondoc.task.TimelinessRule;

/**
 * The baseline of the performance benchmark (bench/run.sh): what the task list and the task counts
 * cost when done as one hand-written SQL statement over plain JDBC, without Hibernate, entities or
 * the full DTOs. The benchmark runs these next to the real endpoints in the same process, the same
 * connection pool and the same authentication, so the ratio of the two shows the application's overhead.
 *
 * <p>Inert in production: every operation answers 404 unless {@code dondoc.bench.enabled=true}
 * (environment DONDOC_BENCH_ENABLED=true), needs the same roles as the task list, and is hidden
 * from the OpenAPI document. Unit staff are confined to their own unit, as on the real endpoints.
 */
@Path("/api/v1/bench/baseline")
@Produces(MediaType.APPLICATION_JSON)
public class BaselineResource {

    @ConfigProperty(name = "dondoc.bench.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TimelinessRule timeliness;

    @Inject
    CurrentUser currentUser;

    public record TaskRow(long id, String code, LocalDate dueDate) {
    }

    public record TaskRows(List<TaskRow> items, int page, int size, long totalItems) {
    }

    public record UnitRow(long unitId, String code, String name, long total, Map<Timeliness, Long> byTimeliness) {
    }

    public record UnitRows(List<UnitRow> items) {
    }

    public record Totals(long total, Map<Timeliness, Long> byTimeliness, Map<ProgressStatus, Long> byStatus) {
    }

    /** The task list: one page in one indexed query (plus the total count, as the real list also counts). */
    @GET
    @Path("/tasks")
    @Operation(hidden = true)
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    public Response tasks(@QueryParam("unitId") Long unitId, @QueryParam("timeliness") Timeliness filter,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        requireEnabled();
        if (page < 0 || size < 1 || size > 200) {
            throw ProblemException.invalid(page < 0 ? "page" : "size", "page >= 0, 1 <= size <= 200");
        }
        Long unit = currentUser.scopeUnit(unitId, "nhiệm vụ");
        List<Object> params = new ArrayList<>();
        // With a unit: one range of ix_assignment_unit_timeliness (the task's state copied onto the
        // assignment), the page's ids ordered there, then the page's tasks by primary key.
        String pageSql;
        String countSql;
        if (unit != null) {
            // The unit's shares in force, as the task list's unit filter (the status is in the index since V16).
            StringBuilder where = new StringBuilder(" FROM assignment a WHERE a.unit_id = ? AND a.status <> 'CANCELLED'");
            params.add(unit);
            if (filter != null) {
                where.append(" AND ").append(condition(filter, SHARE, params));
            }
            pageSql = "SELECT t.id, t.code, t.due_date FROM (SELECT DISTINCT a.task_id, a.task_tree_key" + where
                    + " ORDER BY a.task_tree_key, a.task_id LIMIT ? OFFSET ?) p JOIN task t ON t.id = p.task_id"
                    + " ORDER BY p.task_tree_key, p.task_id";
            countSql = "SELECT COUNT(DISTINCT a.task_id)" + where;
        } else {
            StringBuilder where = new StringBuilder(" FROM task t WHERE t.kind IS NOT NULL");
            if (filter != null) {
                where.append(" AND ").append(condition(filter, TASK, params));
            }
            pageSql = "SELECT t.id, t.code, t.due_date" + where + " ORDER BY t.tree_key, t.id LIMIT ? OFFSET ?";
            countSql = "SELECT COUNT(*)" + where;
        }
        List<TaskRow> items = new ArrayList<>(size);
        long total;
        try (Connection c = dataSource.getConnection()) {
            List<Object> pageParams = new ArrayList<>(params);
            pageParams.add(size);
            pageParams.add((long) page * size);
            try (PreparedStatement ps = prepare(c, pageSql, pageParams);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new TaskRow(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)));
                }
            }
            try (PreparedStatement ps = prepare(c, countSql, params);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("baseline task list failed", e);
        }
        return Response.ok(new TaskRows(items, page, size, total)).build();
    }

    /** Counts by unit and timeliness: one GROUP BY over the assignments that are not cancelled. */
    @GET
    @Path("/counts")
    @Operation(hidden = true)
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    public Response counts() {
        requireEnabled();
        Long unit = currentUser.scopeUnit(null, "nhiệm vụ");
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT u.id, u.code, u.name, c.total");
        Timeliness[] values = Timeliness.values();
        for (int i = 0; i < values.length; i++) {
            sql.append(", c.n").append(i);
        }
        sql.append(" FROM (SELECT a.unit_id, COUNT(*) AS total");
        for (int i = 0; i < values.length; i++) {
            sql.append(", SUM(CASE WHEN ").append(condition(values[i], SHARE, params)).append(" THEN 1 ELSE 0 END) AS n")
                    .append(i);
        }
        sql.append(" FROM assignment a WHERE a.status <> 'CANCELLED'");
        if (unit != null) {
            sql.append(" AND a.unit_id = ?");
            params.add(unit);
        }
        sql.append(" GROUP BY a.unit_id) c JOIN unit u ON u.id = c.unit_id ORDER BY u.name, u.id");
        List<UnitRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = prepare(c, sql.toString(), params);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<Timeliness, Long> byTimeliness = new EnumMap<>(Timeliness.class);
                for (int i = 0; i < values.length; i++) {
                    byTimeliness.put(values[i], rs.getLong(5 + i));
                }
                rows.add(new UnitRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), byTimeliness));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("baseline counts by unit failed", e);
        }
        return Response.ok(new UnitRows(rows)).build();
    }

    /** The province-wide counts (GET /api/v1/tasks/counts) in one pass: by timeliness and by status. */
    @GET
    @Path("/counts/total")
    @Operation(hidden = true)
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    public Response totals(@QueryParam("unitId") Long unitId) {
        requireEnabled();
        Long unit = currentUser.scopeUnit(unitId, "nhiệm vụ");
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*)");
        Timeliness[] values = Timeliness.values();
        for (Timeliness value : values) {
            sql.append(", SUM(CASE WHEN ").append(condition(value, TASK, params)).append(" THEN 1 ELSE 0 END)");
        }
        ProgressStatus[] statuses = ProgressStatus.values();
        for (ProgressStatus status : statuses) {
            sql.append(", SUM(CASE WHEN t.status = '").append(status.name()).append("' THEN 1 ELSE 0 END)");
        }
        sql.append(" FROM task t WHERE t.kind IS NOT NULL");
        if (unit != null) {
            sql.append(" AND t.id IN (SELECT a.task_id FROM assignment a WHERE a.unit_id = ?)");
            params.add(unit);
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = prepare(c, sql.toString(), params);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            Map<Timeliness, Long> byTimeliness = new EnumMap<>(Timeliness.class);
            for (int i = 0; i < values.length; i++) {
                byTimeliness.put(values[i], rs.getLong(2 + i));
            }
            Map<ProgressStatus, Long> byStatus = new LinkedHashMap<>();
            for (int i = 0; i < statuses.length; i++) {
                byStatus.put(statuses[i], rs.getLong(2 + values.length + i));
            }
            return Response.ok(new Totals(rs.getLong(1), byTimeliness, byStatus)).build();
        } catch (SQLException e) {
            throw new IllegalStateException("baseline counts failed", e);
        }
    }

    private void requireEnabled() {
        if (!enabled) {
            throw ProblemException.notFound("Không tìm thấy.");
        }
    }


    private static final TimelinessRule.Subject TASK = TimelinessRule.Subject.taskSql("t", "t.due_date");
    private static final TimelinessRule.Subject SHARE = TimelinessRule.Subject.shareSql("a");

    /**
     * The SQL of {@link TimelinessRule#condition} (the one rule, not a copy) with JDBC's positional parameters; adds the
     * dates it needs to params, in order.
     */
    private String condition(Timeliness value, TimelinessRule.Subject subject, List<Object> params) {
        LocalDate today = timeliness.today();
        LocalDate soon = timeliness.dueSoonLimit();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":asOf|:soon").matcher(TimelinessRule.condition(value, subject));
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            params.add(m.group().equals(":asOf") ? today : soon);
            m.appendReplacement(sql, "?");
        }
        m.appendTail(sql);
        return sql.toString();
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }
}
