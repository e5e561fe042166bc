package vn.dondoc.unit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dondoc.common.FieldError;
import vn.dondoc.common.ProblemException;
import vn.dondoc.unit.UnitGroupDtos.UnitGroupCreate;
import vn.dondoc.unit.UnitGroupDtos.UnitGroupDetail;
import vn.dondoc.unit.UnitGroupDtos.UnitGroupList;
import vn.dondoc.unit.UnitGroupDtos.UnitGroupUpdate;
import vn.dondoc.unit.UnitGroupDtos.UnitGroupView;

@ApplicationScoped
@Transactional
public class UnitGroupService {

    /**
     * The active units of a group, sorted by name: what a task addressed to the group is assigned to.
     * For use by other features; an unknown group is the caller's mistake in the request field {@code field}.
     */
    public List<Unit> members(String field, long groupId) {
        UnitGroup group = UnitGroup.findById(groupId);
        if (group == null) {
            throw ProblemException.invalid(field, "Nhóm đơn vị không tồn tại");
        }
        return activeMembers(group);
    }

    public UnitGroupList list() {
        List<UnitGroup> groups = UnitGroup.listAll(Sort.by("builtIn", Sort.Direction.Descending).and("name").and("id"));
        // Two grouped counts for the whole list, never one query per group.
        Map<UnitType, Long> byType = new HashMap<>();
        UnitGroup.getEntityManager()
                .createQuery("select u.type, count(u) from Unit u where u.active = true group by u.type", Object[].class)
                .getResultList().forEach(row -> byType.put((UnitType) row[0], (Long) row[1]));
        Map<Long, Long> byGroup = new HashMap<>();
        UnitGroup.getEntityManager()
                .createQuery("select g.id, count(u) from UnitGroup g join g.members u where u.active = true group by g.id",
                        Object[].class)
                .getResultList().forEach(row -> byGroup.put((Long) row[0], (Long) row[1]));
        return new UnitGroupList(groups.stream()
                .map(g -> UnitGroupView.of(g, g.dynamic() ? byType.getOrDefault(g.unitType, 0L) : byGroup.getOrDefault(g.id, 0L)))
                .toList());
    }

    public UnitGroupDetail get(long id) {
        UnitGroup group = find(id);
        return UnitGroupDetail.of(group, activeMembers(group));
    }

    public UnitGroupDetail create(UnitGroupCreate request) {
        List<FieldError> errors = new ArrayList<>();
        if (UnitGroup.findByCode(request.code()).isPresent()) {
            errors.add(new FieldError("code", "Mã nhóm '" + request.code() + "' đã tồn tại"));
        }
        Set<Unit> members = members(request.unitType(), request.memberIds(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        UnitGroup group = new UnitGroup();
        group.code = request.code();
        group.name = request.name().trim();
        group.description = blankToNull(request.description());
        group.unitType = request.unitType();
        group.members = members;
        group.persist();
        group.flush();
        return UnitGroupDetail.of(group, activeMembers(group));
    }

    public UnitGroupDetail update(long id, UnitGroupUpdate request) {
        UnitGroup group = find(id);
        if (group.version != request.version()) {
            throw ProblemException.conflict("Nhóm đơn vị đã được người khác cập nhật (phiên bản hiện tại " + group.version
                    + ", bạn gửi " + request.version() + "). Hãy tải lại và thực hiện lại thay đổi.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (group.builtIn && request.unitType() != group.unitType) {
            errors.add(new FieldError("unitType", "Nhóm có sẵn của hệ thống không đổi được loại đơn vị"));
        }
        Set<Unit> members = members(request.unitType(), request.memberIds(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        group.name = request.name().trim();
        group.description = blankToNull(request.description());
        group.unitType = request.unitType();
        group.members.retainAll(members);
        group.members.addAll(members);
        // Flush inside the transaction so that a concurrent update surfaces here as a 409.
        group.flush();
        return UnitGroupDetail.of(group, activeMembers(group));
    }

    public void delete(long id) {
        UnitGroup group = find(id);
        if (group.builtIn) {
            throw ProblemException.conflict("Nhóm '" + group.name + "' là nhóm có sẵn của hệ thống, không xóa được.");
        }
        group.delete();
        group.flush();
    }

    /** A merged unit's place in the explicit groups goes to its successor; returns how many groups changed. */
    int replaceMember(Unit dissolved, Unit successor) {
        List<UnitGroup> groups = UnitGroup.list("select g from UnitGroup g join g.members u where u = ?1", dissolved);
        for (UnitGroup group : groups) {
            group.members.remove(dissolved);
            group.members.add(successor);
        }
        return groups.size();
    }

    UnitGroup find(long id) {
        UnitGroup group = UnitGroup.findById(id);
        if (group == null) {
            throw ProblemException.notFound("Không tìm thấy nhóm đơn vị có mã số " + id + ".");
        }
        return group;
    }

    private static List<Unit> activeMembers(UnitGroup group) {
        if (group.dynamic()) {
            return Unit.list("type = ?1 and active = true", Sort.by("name").and("id"), group.unitType);
        }
        return Unit.list("select u from UnitGroup g join g.members u where g.id = ?1 and u.active = true "
                + "order by u.name, u.id", group.id);
    }

    /** The explicit members named by the request: none for a dynamic group, at least one otherwise, each active once. */
    private static Set<Unit> members(UnitType unitType, List<Long> ids, List<FieldError> errors) {
        List<Long> memberIds = ids == null ? List.of() : ids;
        if (unitType != null) {
            if (!memberIds.isEmpty()) {
                errors.add(new FieldError("memberIds",
                        "Nhóm động (theo loại đơn vị) gồm mọi đơn vị đang hoạt động của loại đó, không có danh sách thành viên riêng"));
            }
            return new HashSet<>();
        }
        if (memberIds.isEmpty()) {
            errors.add(new FieldError("memberIds",
                    "Cần ít nhất một đơn vị thành viên, hoặc chọn loại đơn vị để tạo nhóm động"));
            return new HashSet<>();
        }
        Map<Long, Unit> found = Unit.<Unit>list("id in ?1", new HashSet<>(memberIds)).stream()
                .collect(Collectors.toMap(u -> u.id, u -> u));
        Set<Unit> result = new LinkedHashSet<>();
        for (int i = 0; i < memberIds.size(); i++) {
            Unit unit = found.get(memberIds.get(i));
            String field = "memberIds[" + i + "]";
            if (unit == null) {
                errors.add(new FieldError(field, "Đơn vị không tồn tại"));
            } else if (!unit.active) {
                errors.add(new FieldError(field, "Đơn vị " + unit.name + " đã ngừng hoạt động"));
            } else if (!result.add(unit)) {
                errors.add(new FieldError(field, "Đơn vị bị lặp lại"));
            }
        }
        return result;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
