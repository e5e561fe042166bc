package vn.dondoc.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The province's clock: deadlines are judged in its time zone, and tests can replace the clock. */
@ApplicationScoped
public class TimeConfig {

    @Produces
    @ApplicationScoped
    Clock provinceClock(@ConfigProperty(name = "dondoc.time-zone", defaultValue = "Asia/Ho_Chi_Minh") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
