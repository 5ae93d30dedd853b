package cn.fazhi.review.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings of the register of places. */
@ConfigMapping(prefix = "places")
public interface PlacesConfig {

    /** Whose calendar says what "today" is: a change in force from a day is in force from that day there. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /**
     * The national list loaded into the register on the first start (a classpath resource, gzip'd
     * CSV {@code code,name,parent,level}); recorded by its file name, so each list loads once.
     */
    @WithDefault("places/divisions-2023.csv.gz")
    String nationalList();
}
