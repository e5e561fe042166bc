package vn.dondoc.unit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.TextSearch;
import vn.dondoc.common.audit.AuditHistory;
import vn.dondoc.common.audit.AuditHistory.HistoryEntry;
import vn.dondoc.unit.UnitDtos.UnitCreate;
import vn.dondoc.unit.UnitDtos.UnitPage;
import vn.dondoc.unit.UnitDtos.UnitUpdate;
import vn.dondoc.unit.UnitDtos.UnitView;

@ApplicationScoped
@Transactional
public class UnitService {

    @Inject
    AuditHistory auditHistory;

    public UnitPage list(String q, UnitType type, Boolean active, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (type != null) {
            where.add("type = :type");
            params.and("type", type);
        }
        if (active != null) {
            where.add("active = :active");
            params.and("active", active);
        }
        TextSearch.phrase(q).ifPresent(phrase -> {
            where.add("searchText like :q");
            params.and("q", TextSearch.containsPattern(phrase));
        });
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        PanacheQuery<Unit> found = Unit.find(query, Sort.by("type").and("name"), params).page(Page.of(page, size));
        return new UnitPage(found.list().stream().map(UnitView::of).toList(), page, size, found.count(),
                found.pageCount());
    }

    public UnitView get(long id) {
        return UnitView.of(find(id));
    }

    /** Every change of the unit, oldest first: renames keep the old name, a merge shows its successor. */
    public List<HistoryEntry> history(long id) {
        find(id);
        return auditHistory.history(Unit.class, id);
    }

    public UnitView create(UnitCreate request) {
        if (Unit.findByCode(request.code()).isPresent()) {
            throw ProblemException.invalid("code", "Mã đơn vị '" + request.code() + "' đã tồn tại");
        }
        Unit unit = new Unit();
        unit.code = request.code();
        unit.name = request.name().trim();
        unit.shortName = blankToNull(request.shortName());
        unit.type = request.type();
        unit.parent = parent(request.parentId(), null);
        unit.validFrom = request.validFrom();
        unit.persist();
        unit.flush();
        return UnitView.of(unit);
    }

    public UnitView update(long id, UnitUpdate request) {
        Unit unit = find(id);
        if (unit.version != request.version()) {
            throw ProblemException.conflict("Đơn vị đã được người khác cập nhật (phiên bản hiện tại " + unit.version
                    + ", bạn gửi " + request.version() + "). Hãy tải lại và thực hiện lại thay đổi.");
        }
        if (request.active() && unit.successor != null) {
            throw ProblemException.invalid("active", "Đơn vị đã được sáp nhập vào " + unit.successor.name
                    + ", không thể hoạt động trở lại");
        }
        unit.name = request.name().trim();
        unit.shortName = blankToNull(request.shortName());
        unit.type = request.type();
        unit.parent = parent(request.parentId(), unit);
        unit.active = request.active();
        // Flush inside the transaction so that a concurrent update surfaces here as a 409.
        unit.flush();
        return UnitView.of(unit);
    }

    Unit find(long id) {
        Unit unit = Unit.findById(id);
        if (unit == null) {
            throw ProblemException.notFound("Không tìm thấy đơn vị có mã số " + id + ".");
        }
        return unit;
    }

    private Unit parent(Long parentId, Unit self) {
        if (parentId == null) {
            return null;
        }
        Unit parent = Unit.findById(parentId);
        if (parent == null) {
            throw ProblemException.invalid("parentId", "Đơn vị cấp trên không tồn tại");
        }
        for (Unit ancestor = parent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor == self) {
                throw ProblemException.invalid("parentId", "Đơn vị cấp trên không được là chính đơn vị này hoặc đơn vị cấp dưới của nó");
            }
        }
        return parent;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
