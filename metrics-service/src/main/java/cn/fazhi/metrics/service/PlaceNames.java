package cn.fazhi.metrics.service;

import cn.fazhi.metrics.config.MetricsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names of places by 行政区划代码, so the analysis can tell a title that names another
 * township (ORG_MISMATCH). Read once from a CSV (code,name,parent,level); the demo register ships
 * with the service until the register of places is managed by admins.
 */
@ApplicationScoped
public class PlaceNames {

    private static final String DEMO = "/places/demo-places.csv";

    private final Map<String, String> names = new HashMap<>();

    public PlaceNames(MetricsConfig config) {
        try (InputStream in = config.placesPath().isPresent() ? Files.newInputStream(config.placesPath().get())
                : PlaceNames.class.getResourceAsStream(DEMO);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).map(line -> line.split(",", -1)).filter(cols -> cols.length >= 2)
                    .forEach(cols -> names.put(cols[0].trim(), cols[1].trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the places register", e);
        }
    }

    public Optional<String> nameOf(String code) {
        return Optional.ofNullable(code == null ? null : names.get(code));
    }
}
