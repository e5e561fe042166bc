package vn.dondoc.urging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Defaults of the urging letter (công văn đôn đốc); each can be overridden per letter by the request. */
@ConfigMapping(prefix = "dondoc.urging")
public interface UrgingConfig {

    /** The part of the number and symbol after the slash: issuer and drafting office ("Số: 125/SCT-QLCN"). */
    @WithDefault("SCT-QLCN")
    String symbol();

    /** The unit must report within this many working days of the letter's date. */
    @WithDefault("5")
    int responseWorkingDays();

    /** Copies besides the addressee ("Nơi nhận"), each printed as "- X;". */
    @WithDefault("UBND tỉnh (b/c),Giám đốc Sở (b/c)")
    List<String> copyTo();

    /** The archive line: "- Lưu: VT, QLCN." */
    @WithDefault("VT, QLCN")
    String archive();

    Signer signer();

    /** The defaults of a letter issued in the name of the UBND tỉnh (by a leader or the UBND's own users). */
    Province province();

    /** Defaults of a letter of the People's Committee of the province. */
    interface Province {

        /** "Số: 125/UBND-KT". */
        @WithDefault("UBND-KT")
        String symbol();

        /** Copies besides the addressee; the tracking department (dondoc.organization.name) is added to follow up. */
        @WithDefault("Chủ tịch, các PCT UBND tỉnh (b/c),Chánh VP, các PCVP UBND tỉnh")
        List<String> copyTo();

        @WithDefault("VT, KT")
        String archive();

        @WithDefault("KT. CHỦ TỊCH")
        String signerAuthority();

        @WithDefault("PHÓ CHỦ TỊCH")
        String signerTitle();
    }

    /** The signature block. */
    interface Signer {

        /** Signing on behalf of the head (thẩm quyền ký), e.g. "KT. GIÁM ĐỐC". */
        @WithDefault("KT. GIÁM ĐỐC")
        String authority();

        /** The signer's position, e.g. "PHÓ GIÁM ĐỐC". */
        @WithDefault("PHÓ GIÁM ĐỐC")
        String title();

        /** The signer's name; left blank for the signer to write when not configured. */
        Optional<String> name();
    }
}
