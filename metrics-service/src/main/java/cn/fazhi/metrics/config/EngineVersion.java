package cn.fazhi.metrics.config;

/**
 * Which engine and which indicator catalog make the analyses now. The catalog's version is a
 * digest of the catalog file, so an edited catalog is a new version without anyone remembering to
 * bump a number; a stored analysis made with another engine or catalog is due for re-analysis.
 */
public record EngineVersion(String engine, String catalog) {

    public boolean isCurrent(String engineVersion, String catalogVersion) {
        return engine.equals(engineVersion) && catalog.equals(catalogVersion);
    }
}
