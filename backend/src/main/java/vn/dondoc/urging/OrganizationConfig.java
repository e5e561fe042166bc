package vn.dondoc.urging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The tracking department that issues documents (cơ quan ban hành), as its header reads in the format of
 * Decree 30/2020/NĐ-CP. Defaults: the Department of Industry and Trade of Hà Tĩnh, which tracks the demo
 * program.
 */
@ConfigMapping(prefix = "dondoc.organization")
public interface OrganizationConfig {

    /** The governing body above the issuer (cơ quan chủ quản), first header line, as printed. */
    @WithDefault("UBND TỈNH HÀ TĨNH")
    String governingBody();

    /** The issuing body (cơ quan ban hành), in normal case: printed upper-case in the header, as is in the text. */
    @WithDefault("Sở Công Thương")
    String name();

    /** Who the tracking department reports to, as named in the text and among the recipients. */
    @WithDefault("UBND tỉnh")
    String superior();

    /** The catalogue code of the tracking department itself: letters it issues use the dondoc.urging defaults. */
    @WithDefault("SCT")
    String unitCode();

    /**
     * The catalogue code of the province's People's Committee (UBND tỉnh): a leader's urging letter, or one by a user
     * of this unit, is issued in its name.
     */
    @WithDefault("UBND")
    String provinceUnitCode();

    /** Place name of the date line (địa danh): "Hà Tĩnh, ngày ... tháng ... năm ...". */
    @WithDefault("Hà Tĩnh")
    String place();
}
