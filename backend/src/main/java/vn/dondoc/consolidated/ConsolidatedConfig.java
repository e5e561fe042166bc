package vn.dondoc.consolidated;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Defaults of the consolidated report (báo cáo tổng hợp); the issuing body is {@code dondoc.organization}. */
@ConfigMapping(prefix = "dondoc.consolidated")
public interface ConsolidatedConfig {

    /** The part of the number and symbol after the slash: "Số: .../BC-SCT". */
    @WithDefault("BC-SCT")
    String symbol();

    /** Recipients ("Nơi nhận"), each printed as "- X;"; a comma inside one is written "\\,". */
    @WithDefault("UBND tỉnh (b/c),Ban Thường vụ Tỉnh ủy (b/c),Các sở\\, ban\\, ngành\\, địa phương,Giám đốc Sở")
    List<String> recipients();

    /** The archive line: "- Lưu: VT, QLCN." */
    @WithDefault("VT, QLCN")
    String archive();

    /** Signing on behalf of the head, e.g. "KT. GIÁM ĐỐC". */
    @WithDefault("KT. GIÁM ĐỐC")
    String signerAuthority();

    @WithDefault("PHÓ GIÁM ĐỐC")
    String signerTitle();

    Optional<String> signerName();
}
