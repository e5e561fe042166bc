package vn.dondoc.task;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Mức ưu tiên: HIGH (cao), NORMAL (bình thường), LOW (thấp)")
public enum Priority {
    HIGH, NORMAL, LOW
}
