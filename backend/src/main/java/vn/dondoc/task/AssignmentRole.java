package vn.dondoc.task;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Vai trò của đơn vị: LEAD (chủ trì), COORDINATING (phối hợp)")
public enum AssignmentRole {
    LEAD, COORDINATING
}
