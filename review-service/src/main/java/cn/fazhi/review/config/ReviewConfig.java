package cn.fazhi.review.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of review cases. */
@ConfigMapping(prefix = "review")
public interface ReviewConfig {

    /** How long a case may wait for its analysis or its submission before it is listed as stuck work. */
    @WithDefault("2M")
    Duration stuckAfter();
}
