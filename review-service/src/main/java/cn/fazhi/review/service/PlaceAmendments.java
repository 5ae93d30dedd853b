package cn.fazhi.review.service;

import cn.fazhi.api.PlaceAmendmentKind;
import cn.fazhi.api.PlaceAmendmentRequest;
import cn.fazhi.api.PlaceAmendmentView;
import cn.fazhi.api.PlaceLevel;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.common.security.CurrentCaller;
import cn.fazhi.review.Place;
import cn.fazhi.review.PlaceAmendment;
import cn.fazhi.review.PlaceName;
import cn.fazhi.review.mapping.PlaceMapper;
import cn.fazhi.review.repository.PlaceAmendmentRepository;
import cn.fazhi.review.repository.PlaceNameRepository;
import cn.fazhi.review.repository.PlaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * An admin's dated changes of the register: add, rename, merge or abolish a place from a day on.
 * Nothing is deleted, so the register answers for any day which places existed and what they were
 * called: a township merged in 2024 keeps its 2023 reports, and none is expected of it for 2025.
 *
 * <p>A place's changes come in the order of their days (each after the place's latest), a place
 * that ended is not changed again, and a code is never used twice. The change, its record (who,
 * when, what) and its {@code places.changed} event commit together, or nothing does.
 */
@ApplicationScoped
public class PlaceAmendments {

    private final PlaceRepository places;
    private final PlaceNameRepository names;
    private final PlaceAmendmentRepository amendments;
    private final PlaceAnnouncer announcer;
    private final CurrentCaller caller;

    public PlaceAmendments(PlaceRepository places, PlaceNameRepository names, PlaceAmendmentRepository amendments,
            PlaceAnnouncer announcer, CurrentCaller caller) {
        this.places = places;
        this.names = names;
        this.amendments = amendments;
        this.announcer = announcer;
        this.caller = caller;
    }

    @Transactional
    public PlaceAmendmentView amend(PlaceAmendmentRequest request) {
        requireFieldsOf(request);
        places.lockRegister();
        PlaceAmendment amendment = switch (request.kind()) {
            case ADD -> add(request);
            case RENAME -> rename(request);
            case MERGE, ABOLISH -> end(request);
        };
        amendment.id = UUID.randomUUID();
        amendment.kind = request.kind();
        amendment.code = request.code();
        amendment.effectiveFrom = request.effectiveFrom();
        amendment.reason = request.reason();
        amendment.actor = caller.get().subject();
        amendment.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        amendments.persist(amendment);
        announcer.announce(List.of(request.code()));
        return PlaceMapper.toView(amendment);
    }

    private static void requireFieldsOf(PlaceAmendmentRequest request) {
        boolean named = request.kind() == PlaceAmendmentKind.ADD || request.kind() == PlaceAmendmentKind.RENAME;
        if (named && (request.name() == null || request.name().isBlank())) {
            throw ProblemException.invalid("name", "新增或更名须给出名称");
        }
        if (!named && request.name() != null) {
            throw ProblemException.invalid("name", "合并或撤销不带名称");
        }
        if (request.kind() == PlaceAmendmentKind.MERGE && request.mergedInto() == null) {
            throw ProblemException.invalid("mergedInto", "合并须给出并入的地区代码");
        }
        if (request.kind() != PlaceAmendmentKind.MERGE && request.mergedInto() != null) {
            throw ProblemException.invalid("mergedInto", "只有合并可以给出并入的地区");
        }
        if (request.code().equals(request.mergedInto())) {
            throw ProblemException.invalid("mergedInto", "地区不能并入自身");
        }
    }

    private PlaceAmendment add(PlaceAmendmentRequest request) {
        String code = request.code();
        Place taken = places.findById(code);
        if (taken != null) {
            throw ProblemException.conflict("place-code-taken", "代码 " + code + " 已被使用（" + describe(taken)
                    + "）；撤销或合并的地区代码也不再启用");
        }
        PlaceLevel level = PlaceLevel.ofCode(code).orElseThrow();
        String parentCode = null;
        if (level != PlaceLevel.PROVINCE) {
            parentCode = PlaceLevel.values()[level.ordinal() - 1].codeAbove(code);
            Place parent = places.findById(parentCode);
            if (parent == null) {
                throw ProblemException.invalid("code", "上级 " + parentCode + " 不在名录中");
            }
            if (parent.ended() || (parent.validFrom != null && parent.validFrom.isAfter(request.effectiveFrom()))) {
                throw ProblemException.conflict("place-parent-not-in-force", "上级地区 " + parentCode + " 在 "
                        + request.effectiveFrom() + " 及以后并非一直在册（" + describe(parent) + "）");
            }
        }
        Place place = new Place();
        place.code = code;
        place.parentCode = parentCode;
        place.level = level.name();
        place.validFrom = request.effectiveFrom();
        place.revision = 1;
        place.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        places.persist(place);
        PlaceName name = new PlaceName();
        name.code = code;
        name.name = request.name().strip();
        names.persist(name);
        PlaceAmendment amendment = new PlaceAmendment();
        amendment.name = name.name;
        return amendment;
    }

    private PlaceAmendment rename(PlaceAmendmentRequest request) {
        Place place = changeable(request);
        List<PlaceName> timeline = names.of(place.code);
        PlaceName current = timeline.get(timeline.size() - 1);
        String name = request.name().strip();
        if (current.name.equals(name)) {
            throw ProblemException.conflict("place-same-name", "地区 " + place.code + " 已名为“" + name + "”");
        }
        current.validUntil = request.effectiveFrom();
        PlaceName renamed = new PlaceName();
        renamed.code = place.code;
        renamed.name = name;
        renamed.validFrom = request.effectiveFrom();
        names.persist(renamed);
        touch(place);
        PlaceAmendment amendment = new PlaceAmendment();
        amendment.name = name;
        amendment.formerName = current.name;
        return amendment;
    }

    private PlaceAmendment end(PlaceAmendmentRequest request) {
        Place place = changeable(request);
        LocalDate day = request.effectiveFrom();
        if (request.kind() == PlaceAmendmentKind.MERGE) {
            Place target = places.findById(request.mergedInto());
            if (target == null) {
                throw ProblemException.invalid("mergedInto", "并入的地区 " + request.mergedInto() + " 不在名录中");
            }
            if (!target.level.equals(place.level)) {
                throw ProblemException.invalid("mergedInto", "只能并入同级地区：" + place.code + " 是 " + place.level
                        + "，" + target.code + " 是 " + target.level);
            }
            if (target.ended() || (target.validFrom != null && target.validFrom.isAfter(day))) {
                throw ProblemException.conflict("place-merge-target-not-in-force", "并入的地区 " + target.code + " 在 " + day
                        + " 及以后并非一直在册（" + describe(target) + "）");
            }
            place.mergedInto = target.code;
        }
        long children = places.childrenLastingPast(place.code, day);
        if (children > 0) {
            throw ProblemException.conflict("place-has-children", "地区 " + place.code + " 在 " + day + " 以后仍有 " + children
                    + " 个下级地区在册：请先将它们合并或撤销");
        }
        place.validUntil = day;
        touch(place);
        PlaceAmendment amendment = new PlaceAmendment();
        amendment.mergedInto = place.mergedInto;
        return amendment;
    }

    /** The place of a rename, merge or abolition: known, not ended, and the day after its latest change. */
    private Place changeable(PlaceAmendmentRequest request) {
        Place place = places.findByIdOptional(request.code())
                .orElseThrow(() -> ProblemException.notFound("地区 " + request.code() + " 不在名录中"));
        if (place.ended()) {
            throw ProblemException.conflict("place-ended", "地区 " + place.code + " 已不在册（" + describe(place)
                    + "），不能再更名、合并或撤销");
        }
        LocalDate latest = place.validFrom;
        for (PlaceName name : names.of(place.code)) {
            if (name.validFrom != null && (latest == null || name.validFrom.isAfter(latest))) {
                latest = name.validFrom;
            }
        }
        if (latest != null && !request.effectiveFrom().isAfter(latest)) {
            throw ProblemException.conflict("place-amendment-out-of-order", "生效日期 " + request.effectiveFrom()
                    + " 须晚于地区 " + place.code + " 最近一次变更的生效日期 " + latest);
        }
        return place;
    }

    private static void touch(Place place) {
        place.revision++;
        place.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String describe(Place place) {
        if (place.validUntil != null) {
            return place.mergedInto == null ? "于 " + place.validUntil + " 撤销" : "于 " + place.validUntil + " 并入 " + place.mergedInto;
        }
        return place.validFrom == null ? "在册" : "自 " + place.validFrom + " 起在册";
    }
}
