package cn.fazhi.review.mapping;

import cn.fazhi.api.PlaceAmendmentView;
import cn.fazhi.api.PlaceLevel;
import cn.fazhi.api.PlaceView;
import cn.fazhi.events.PlacesChanged;
import cn.fazhi.review.Place;
import cn.fazhi.review.PlaceAmendment;
import cn.fazhi.review.repository.PlaceBulkStore.TimelineRow;
import java.util.ArrayList;
import java.util.List;

/** Places to the API's views and to the {@code places.changed} event's timelines. */
public final class PlaceMapper {

    private PlaceMapper() {
    }

    public static PlaceView toView(Place place, String name) {
        return new PlaceView(place.code, name, place.parentCode, PlaceLevel.valueOf(place.level));
    }

    public static PlaceAmendmentView toView(PlaceAmendment amendment) {
        return new PlaceAmendmentView(amendment.id, amendment.kind, amendment.code, amendment.name, amendment.formerName,
                amendment.mergedInto, amendment.effectiveFrom, amendment.reason, amendment.actor, amendment.recordedAt);
    }

    /** Rows of one place each per name, grouped by place (the rows of a place are adjacent). */
    public static List<PlacesChanged.Place> toTimelines(List<TimelineRow> rows) {
        List<PlacesChanged.Place> places = new ArrayList<>();
        List<PlacesChanged.Name> names = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TimelineRow row = rows.get(i);
            names.add(new PlacesChanged.Name(row.name(), row.nameFrom(), row.nameUntil()));
            if (i + 1 == rows.size() || !rows.get(i + 1).code().equals(row.code())) {
                places.add(new PlacesChanged.Place(row.code(), row.parentCode(), row.level(), row.validFrom(),
                        row.validUntil(), row.mergedInto(), row.revision(), List.copyOf(names)));
                names.clear();
            }
        }
        return places;
    }
}
