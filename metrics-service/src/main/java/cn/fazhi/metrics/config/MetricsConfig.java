package cn.fazhi.metrics.config;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** Settings of metrics-service. */
@ConfigMapping(prefix = "metrics")
public interface MetricsConfig {

    /**
     * An indicator catalog file to use instead of the one shipped with the engine: edit it and
     * restart to add an indicator or a synonym, no rebuild.
     */
    Optional<Path> catalogPath();

    /** Where the names of places come from (code,name,parent,level), to check a title's township. */
    Optional<Path> placesPath();
}
