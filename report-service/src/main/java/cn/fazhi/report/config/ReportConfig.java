package cn.fazhi.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** Settings of report-service. */
@ConfigMapping(prefix = "report")
public interface ReportConfig {

    /** The time zone that decides what "the current year" is when a submission is checked. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** How long a submitted version may wait for its analysis before it is listed as stuck work. */
    @WithDefault("2M")
    Duration stuckAfter();
}
