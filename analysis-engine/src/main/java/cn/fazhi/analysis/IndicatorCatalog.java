package cn.fazhi.analysis;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The indicator catalog and the mandated sections, read from a YAML file (see
 * {@code /catalog/indicators.yaml}). Data, not code: an administrator adds an indicator or a
 * synonym by editing the file, and the engine picks it up when it is loaded again.
 */
public final class IndicatorCatalog {

    /** The catalog shipped with the engine. */
    public static final String DEFAULT_RESOURCE = "/catalog/indicators.yaml";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CatalogFile(Map<String, List<String>> units, List<IndicatorDefinition> indicators,
            List<SectionDefinition> sections) {
    }

    private final Map<String, List<String>> unitFamilies;
    private final Map<String, String> familyOfUnit = new HashMap<>();
    private final List<IndicatorDefinition> indicators;
    private final Map<String, IndicatorDefinition> byCode = new LinkedHashMap<>();
    private final List<SectionDefinition> sections;

    private IndicatorCatalog(CatalogFile file) {
        this.unitFamilies = Map.copyOf(file.units());
        file.units().forEach((family, members) -> members.forEach(unit -> familyOfUnit.put(unit, family)));
        this.indicators = List.copyOf(file.indicators());
        this.sections = List.copyOf(file.sections());
        validate();
        indicators.forEach(indicator -> byCode.put(indicator.code(), indicator));
    }

    public static IndicatorCatalog defaults() {
        try (InputStream in = IndicatorCatalog.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static IndicatorCatalog load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the indicator catalog " + file, e);
        }
    }

    public static IndicatorCatalog read(InputStream yaml) throws IOException {
        return new IndicatorCatalog(new ObjectMapper(new YAMLFactory()).readValue(yaml, CatalogFile.class));
    }

    private void validate() {
        Set<String> codes = new HashSet<>();
        for (IndicatorDefinition indicator : indicators) {
            require(indicator.code() != null && indicator.name() != null, "an indicator needs a code and a name");
            require(codes.add(indicator.code()), "indicator code twice: " + indicator.code());
            require(!indicator.phrases().isEmpty(), indicator.code() + " has no phrases");
            require("sum".equals(indicator.aggregation()) || indicator.isRate(),
                    indicator.code() + ": aggregation is sum or rate");
            for (String unit : indicator.units()) {
                require(unitFamilies.containsKey(unit), indicator.code() + ": unknown unit family " + unit);
            }
        }
        for (IndicatorDefinition indicator : indicators) {
            for (String part : new String[] {indicator.numerator(), indicator.denominator()}) {
                require(part == null || codes.contains(part), indicator.code() + " refers to unknown " + part);
            }
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("indicator catalog: " + problem);
        }
    }

    public List<IndicatorDefinition> indicators() {
        return indicators;
    }

    public Optional<IndicatorDefinition> indicator(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<SectionDefinition> sections() {
        return sections;
    }

    public Map<String, List<String>> unitFamilies() {
        return unitFamilies;
    }

    /** The family a written unit belongs to ({@code 起} → {@code 件}), or the unit itself. */
    public String familyOf(String unit) {
        return familyOfUnit.getOrDefault(unit, unit);
    }
}
