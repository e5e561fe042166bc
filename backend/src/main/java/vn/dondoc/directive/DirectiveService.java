package vn.dondoc.directive;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dondoc.common.FieldError;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.audit.AuditHistory;
import vn.dondoc.common.audit.AuditHistory.HistoryEntry;
import vn.dondoc.directive.DirectiveDtos.DirectiveCreate;
import vn.dondoc.directive.DirectiveDtos.DirectiveList;
import vn.dondoc.directive.DirectiveDtos.DirectiveUpdate;
import vn.dondoc.directive.DirectiveDtos.DirectiveView;
import vn.dondoc.task.Task;

@ApplicationScoped
@Transactional
public class DirectiveService {

    @Inject
    AuditHistory auditHistory;

    public DirectiveList list() {
        return new DirectiveList(Directive.<Directive>listAll(Sort.by("issuedOn", Sort.Direction.Descending).and("id"))
                .stream().map(DirectiveView::of).toList());
    }

    public DirectiveView get(long id) {
        return DirectiveView.of(find(id));
    }

    /** The directives this one implements, root first, then itself: Nghị quyết 08 → Kết luận 57 → the program. */
    public DirectiveList chain(long id) {
        List<DirectiveView> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Directive d = find(id); d != null && seen.add(d.id); d = d.parent) {
            chain.add(DirectiveView.of(d));
        }
        Collections.reverse(chain);
        return new DirectiveList(chain);
    }

    public List<HistoryEntry> history(long id) {
        find(id);
        return auditHistory.history(Directive.class, id);
    }

    public DirectiveView create(DirectiveCreate request) {
        List<FieldError> errors = new ArrayList<>();
        String externalId = blankToNull(request.externalId());
        checkExternalId(externalId, null, errors);
        Directive parent = parent(request.parentId(), null, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Directive directive = new Directive();
        directive.kind = request.kind();
        directive.numberSymbol = blankToNull(request.numberSymbol());
        directive.issuingBody = request.issuingBody().trim();
        directive.issuedOn = request.issuedOn();
        directive.title = request.title().trim();
        directive.summary = blankToNull(request.summary());
        directive.parent = parent;
        directive.externalId = externalId;
        directive.persist();
        directive.flush();
        return DirectiveView.of(directive);
    }

    public DirectiveView update(long id, DirectiveUpdate request) {
        Directive directive = find(id);
        if (directive.version != request.version()) {
            throw ProblemException.conflict("Văn bản chỉ đạo đã được người khác cập nhật (phiên bản hiện tại "
                    + directive.version + ", bạn gửi " + request.version()
                    + "). Hãy tải lại và thực hiện lại thay đổi.");
        }
        List<FieldError> errors = new ArrayList<>();
        String externalId = blankToNull(request.externalId());
        checkExternalId(externalId, directive, errors);
        Directive parent = parent(request.parentId(), directive, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        directive.kind = request.kind();
        directive.numberSymbol = blankToNull(request.numberSymbol());
        directive.issuingBody = request.issuingBody().trim();
        directive.issuedOn = request.issuedOn();
        directive.title = request.title().trim();
        directive.summary = blankToNull(request.summary());
        directive.parent = parent;
        directive.externalId = externalId;
        // Flush inside the transaction so that a concurrent update surfaces here as a 409.
        directive.flush();
        return DirectiveView.of(directive);
    }

    /** Only a directive that nothing hangs on may go: no task and no directive implementing it. */
    public void delete(long id) {
        Directive directive = find(id);
        long tasks = Task.count("directive.id = ?1", id);
        if (tasks > 0) {
            throw ProblemException.conflict("Không thể xóa văn bản chỉ đạo đã có " + tasks
                    + " nhiệm vụ. Hãy xóa hoặc chuyển các nhiệm vụ trước.");
        }
        long children = Directive.count("parent.id = ?1", id);
        if (children > 0) {
            throw ProblemException.conflict("Không thể xóa văn bản chỉ đạo đang được " + children
                    + " văn bản khác triển khai thực hiện.");
        }
        long schedules = vn.dondoc.period.ReportingSchedule.count("directive.id = ?1", id);
        if (schedules > 0) {
            throw ProblemException.conflict("Không thể xóa văn bản chỉ đạo đang có " + schedules
                    + " lịch báo cáo riêng. Hãy xóa lịch báo cáo trước.");
        }
        directive.delete();
        directive.flush();
    }

    public Directive find(long id) {
        Directive directive = Directive.findById(id);
        if (directive == null) {
            throw ProblemException.notFound("Không tìm thấy văn bản chỉ đạo có mã số " + id + ".");
        }
        return directive;
    }

    private static void checkExternalId(String externalId, Directive self, List<FieldError> errors) {
        if (externalId == null) {
            return;
        }
        Directive other = Directive.<Directive>find("externalId", externalId).firstResult();
        if (other != null && other != self) {
            errors.add(new FieldError("externalId", "Mã văn bản '" + externalId
                    + "' trong hệ thống quản lý văn bản đã được dùng cho văn bản khác"));
        }
    }

    /** The parent named by the request; it must exist and must not be the directive itself or one implementing it. */
    private static Directive parent(Long parentId, Directive self, List<FieldError> errors) {
        if (parentId == null) {
            return null;
        }
        Directive parent = Directive.findById(parentId);
        if (parent == null) {
            errors.add(new FieldError("parentId", "Văn bản được triển khai không tồn tại"));
            return null;
        }
        Set<Long> seen = new HashSet<>();
        for (Directive ancestor = parent; ancestor != null && seen.add(ancestor.id); ancestor = ancestor.parent) {
            if (ancestor == self) {
                errors.add(new FieldError("parentId",
                        "Văn bản được triển khai không được là chính văn bản này hoặc văn bản triển khai từ nó"));
                return null;
            }
        }
        return parent;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
