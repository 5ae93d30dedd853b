package cn.fazhi.metrics.service;

import cn.fazhi.events.PlacesChanged;
import cn.fazhi.metrics.config.MetricsConfig;
import cn.fazhi.metrics.repository.PlaceNameRepository;
import cn.fazhi.metrics.repository.PlaceRegisterRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The names of places by 行政区划代码, so the analysis can tell a title that names another
 * township (ORG_MISMATCH). Learnt from review-service's {@code places.changed} announcements: an
 * admin's rename there reaches the findings here, and a report is checked against the name its
 * township bore in the report's year.
 */
@ApplicationScoped
public class PlaceNames {

    private static final Logger LOG = Logger.getLogger(PlaceNames.class);

    private final PlaceNameRepository names;
    private final PlaceRegisterRepository register;
    private final ObjectMapper json;
    private final MetricsConfig config;
    private final AnalyticsUpkeep analytics;

    public PlaceNames(PlaceNameRepository names, PlaceRegisterRepository register, ObjectMapper json,
            MetricsConfig config, AnalyticsUpkeep analytics) {
        this.register = register;
        this.analytics = analytics;
        this.names = names;
        this.json = json;
        this.config = config;
    }

    /**
     * The township's name for a report of {@code year} (its name on 31 December of that year, when
     * the report is written), or today's name when the year is not known yet (a draft).
     */
    @Transactional
    public Optional<String> nameOf(String code, Integer year) {
        if (code == null) {
            return Optional.empty();
        }
        return names.nameOn(code, year == null ? LocalDate.now(config.zone()) : reportDay(year));
    }

    /** {@link #nameOf} for many townships' reports at once (re-analysis): element i names {@code codes[i]} in {@code years[i]}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> namesOf(List<String> codes, List<Integer> years) {
        return names.namesOn(codes, years.stream().map(PlaceNames::reportDay).toList());
    }

    /** The day a report of the year is written on: its township is named as on that day. */
    public static LocalDate reportDay(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /**
     * Keeps the announced places' names, and their level and lifetime for the analytics' expected
     * townships, unless this service already holds a newer revision of them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PlacesChanged changed) {
        try {
            String places = json.writeValueAsString(changed.places());
            register.apply(places);
            int written = names.apply(places);
            analytics.registerChanged();
            LOG.infof("places.changed: %d places announced, %d names written", changed.places().size(), written);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the announced places as JSON", e);
        }
    }
}
