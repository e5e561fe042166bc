package vn.dondoc.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The demo with its history (demo.DemoHistory), as the dev and e2e stacks run it. */
public class HistoryProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dondoc.demo-data.history", "true");
    }
}
