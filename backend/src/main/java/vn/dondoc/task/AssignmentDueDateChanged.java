package vn.dondoc.task;

import java.time.LocalDate;

/**
 * Fired (synchronously, inside the transaction) when a coordinator's new task due date moves an
 * open assignment's due date, so the deadline history records it with the change itself.
 */
public record AssignmentDueDateChanged(Assignment assignment, LocalDate previous, LocalDate next) {
}
