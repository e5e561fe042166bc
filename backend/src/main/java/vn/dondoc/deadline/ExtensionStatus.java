package vn.dondoc.deadline;

/** Chờ quyết định, đã chấp thuận, từ chối, đơn vị rút lại. */
public enum ExtensionStatus {
    PENDING, APPROVED, REJECTED, WITHDRAWN
}
