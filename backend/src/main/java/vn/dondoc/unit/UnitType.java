package vn.dondoc.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Loại đơn vị: DEPARTMENT (sở, ban, ngành), LOCALITY (địa phương), MEDIA (cơ quan báo chí), "
        + "FRONT (Mặt trận Tổ quốc, đoàn thể), OTHER (khác)")
public enum UnitType {
    DEPARTMENT, LOCALITY, MEDIA, FRONT, OTHER
}
