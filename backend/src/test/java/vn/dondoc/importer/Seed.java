package vn.dondoc.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.importer.UnitMatcher.CatalogueGroup;
import vn.dondoc.importer.UnitMatcher.CatalogueUnit;
import vn.dondoc.unit.UnitType;

/** The seed program and the demo catalogue of units, for tests that run without the application. */
final class Seed {

    static final String PROGRAM = "importer/chuong-trinh-hanh-dong-57-KL-TU.txt";

    private Seed() {
    }

    static byte[] program() {
        return resource(PROGRAM);
    }

    static List<CatalogueUnit> units() {
        try {
            JsonNode root = new ObjectMapper().readTree(resource("demo/units.json"));
            List<CatalogueUnit> units = new ArrayList<>();
            long id = 1;
            for (JsonNode u : root) {
                units.add(new CatalogueUnit(id++, u.path("code").asText(), u.path("name").asText(), u.path("shortName").asText(null),
                        UnitType.valueOf(u.path("type").asText())));
            }
            return units;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CatalogueGroup> groups() {
        return List.of(new CatalogueGroup(1, "SO_BAN_NGANH", "Các sở, ban, ngành"),
                new CatalogueGroup(2, "DIA_PHUONG", "UBND các huyện, thị xã, thành phố"));
    }

    static UnitMatcher matcher() {
        return new UnitMatcher(ImportPatterns.defaults(), units(), groups());
    }

    static ProgramParser parser() {
        return new ProgramParser(ImportPatterns.defaults(), matcher());
    }

    static byte[] resource(String name) {
        try (InputStream in = Seed.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
