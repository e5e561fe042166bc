package vn.dondoc.directive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Loại văn bản chỉ đạo: RESOLUTION (Nghị quyết), CONCLUSION (Kết luận), ACTION_PROGRAM "
        + "(Chương trình hành động), PLAN (Kế hoạch), DECISION (Quyết định), DIRECTIVE (Chỉ thị), OFFICIAL_LETTER "
        + "(Công văn), CONCLUSION_NOTICE (Thông báo kết luận)")
public enum DirectiveKind {
    RESOLUTION, CONCLUSION, ACTION_PROGRAM, PLAN, DECISION, DIRECTIVE, OFFICIAL_LETTER, CONCLUSION_NOTICE
}
