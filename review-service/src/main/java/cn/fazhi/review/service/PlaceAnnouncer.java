package cn.fazhi.review.service;

import cn.fazhi.events.EventContract;
import cn.fazhi.events.PlacesChanged;
import cn.fazhi.messaging.Outbox;
import cn.fazhi.review.mapping.PlaceMapper;
import cn.fazhi.review.repository.PlaceBulkStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Announces changed places on {@code places.changed}, in the transaction that changed them, so
 * that other services learn the register from events and never keep a copy of their own. Each
 * place goes out with its whole timeline; events are keyed by province, which keeps the changes of
 * one place in order, and carry at most {@link PlacesChanged#MAX_PLACES} places each.
 */
@ApplicationScoped
public class PlaceAnnouncer {

    private final PlaceBulkStore store;
    private final Outbox outbox;

    public PlaceAnnouncer(PlaceBulkStore store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    /** @return how many events were appended to the outbox */
    @Transactional(Transactional.TxType.MANDATORY)
    public int announce(Collection<String> codes) {
        if (codes.isEmpty()) {
            return 0;
        }
        Map<String, List<PlacesChanged.Place>> byProvince = new LinkedHashMap<>();
        for (PlacesChanged.Place place : PlaceMapper.toTimelines(store.timelines(codes))) {
            byProvince.computeIfAbsent(place.code().substring(0, 2), province -> new ArrayList<>()).add(place);
        }
        int events = 0;
        for (var province : byProvince.entrySet()) {
            List<PlacesChanged.Place> places = province.getValue();
            for (int from = 0; from < places.size(); from += PlacesChanged.MAX_PLACES) {
                List<PlacesChanged.Place> chunk = places.subList(from, Math.min(places.size(), from + PlacesChanged.MAX_PLACES));
                outbox.append(EventContract.PLACES_CHANGED, province.getKey(), "places/" + province.getKey(),
                        new PlacesChanged(List.copyOf(chunk)));
                events++;
            }
        }
        return events;
    }
}
