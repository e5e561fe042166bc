package vn.dondoc.importer;

import org.junit.jupiter.api.Test;

class ParserDebugTest {
    @Test
    void dump() throws Exception {
        var content = Seed.parser().parse(new DocumentReader(ImportPatterns.defaults()).read(Seed.program()));
        System.out.println("DIRECTIVE " + content.directive());
        content.implementsChain().forEach(d -> System.out.println("CHAIN " + d));
        for (var t : content.tasks()) {
            System.out.println("TASK " + t.code() + " [" + t.firstLine() + "-" + t.lastLine() + "] h=" + t.heading() + " L="
                    + t.lead().stream().map(m -> m.ref() + "/" + m.status()).toList() + " C="
                    + t.coordinating().stream().map(m -> m.ref() + "/" + m.status()).toList() + " " + t.kind() + " " + t.dueDate()
                    + " ap=" + t.approvalLevel() + " out=" + t.expectedOutput() + " | " + t.content().substring(0, Math.min(60, t.content().length())));
        }
        content.obligations().forEach(o -> System.out.println("OBL " + o.code() + " " + o.kind() + " " + o.frequency() + " R="
                + o.reporters().stream().map(m -> m.ref() + "/" + m.text()).toList() + " TO="
                + o.recipients().stream().map(m -> m.ref() + "/" + m.text()).toList() + " CC="
                + o.copyTo().stream().map(m -> m.ref() + "/" + m.text()).toList()));
        content.warnings().forEach(w -> System.out.println("WARN " + w));
    }
}
