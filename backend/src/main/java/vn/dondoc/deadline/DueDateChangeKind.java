package vn.dondoc.deadline;

/** Why an assignment's due date moved: an approved extension, or the coordinator re-planned the task. */
public enum DueDateChangeKind {
    EXTENSION, REPLAN
}
