package vn.dondoc.directive;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.dondoc.common.ProblemException;
import vn.dondoc.directive.DirectiveDtos.DirectiveList;
import vn.dondoc.directive.DirectiveDtos.DirectiveView;

@ApplicationScoped
@Transactional
public class DirectiveService {

    public DirectiveList list() {
        return new DirectiveList(Directive.<Directive>listAll(Sort.by("issuedOn", Sort.Direction.Descending).and("id"))
                .stream().map(DirectiveView::of).toList());
    }

    public DirectiveView get(long id) {
        return DirectiveView.of(find(id));
    }

    public Directive find(long id) {
        Directive directive = Directive.findById(id);
        if (directive == null) {
            throw ProblemException.notFound("Không tìm thấy văn bản chỉ đạo có mã số " + id + ".");
        }
        return directive;
    }
}
