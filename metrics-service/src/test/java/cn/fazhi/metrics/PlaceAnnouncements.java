package cn.fazhi.metrics;

import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.PlacesChanged;
import cn.fazhi.testing.KafkaTopics;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Announces places on places.changed exactly as review-service's register does (see PlaceAnnouncer there). */
final class PlaceAnnouncements {

    private PlaceAnnouncements() {
    }

    /** A township of the register with one name, since the register began. */
    static PlacesChanged.Place township(String code, String name) {
        return new PlacesChanged.Place(code, code.substring(0, 6), "TOWNSHIP", null, null, null, 1,
                List.of(new PlacesChanged.Name(name, null, null)));
    }

    /** The same township after a rename in force from {@code day}: revision 2, the former name until that day. */
    static PlacesChanged.Place renamed(String code, String former, String name, LocalDate day) {
        return new PlacesChanged.Place(code, code.substring(0, 6), "TOWNSHIP", null, null, null, 2,
                List.of(new PlacesChanged.Name(former, null, day), new PlacesChanged.Name(name, day, null)));
    }

    static void announce(ObjectMapper json, String eventId, PlacesChanged.Place... places) throws Exception {
        String province = places[0].code().substring(0, 2);
        String value = json.writeValueAsString(new CloudEvent<>("1.0", eventId, "/review-service",
                EventContract.PLACES_CHANGED.type(), "places/" + province, OffsetDateTime.now(), "application/json",
                new PlacesChanged(List.of(places))));
        KafkaTopics.produce(EventContract.PLACES_CHANGED.topic(), province, value);
    }
}
