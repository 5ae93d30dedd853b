package cn.fazhi.review.rest;

import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.PlaceAmendmentRequest;
import cn.fazhi.api.PlaceAmendmentView;
import cn.fazhi.api.PlaceView;
import cn.fazhi.api.contract.PlaceApi;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.review.service.PlaceAmendments;
import cn.fazhi.review.service.PlaceRegister;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The register of places as {@link PlaceApi} declares it: admins load and correct it from CSV and
 * amend it with dated changes; everybody reads it as it is today, on a day ({@code ?on=2024-06-30})
 * or for a report year ({@code ?year=2024}: the places that exist on 31 December, those expected
 * to report for it).
 */
public class PlaceResource implements PlaceApi {

    private final PlaceRegister register;
    private final PlaceAmendments amendments;

    public PlaceResource(PlaceRegister register, PlaceAmendments amendments) {
        this.register = register;
        this.amendments = amendments;
    }

    @Override
    public Map<String, Integer> load(String csv) {
        return Map.of("loaded", register.load(csv));
    }

    @Override
    public List<PlaceView> children(String parent, Integer year, String on) {
        return register.children(parent, day(year, on));
    }

    @Override
    public PlaceView get(String code, Integer year, String on) {
        return register.get(code, day(year, on));
    }

    @Override
    public List<PlaceAmendmentView> amendmentsOf(String code) {
        return register.amendments(code);
    }

    @Override
    public PageView<PlaceAmendmentView> amendments(PageRequest paging) {
        return register.amendments(paging.page, paging.size);
    }

    @Override
    public Response amend(PlaceAmendmentRequest request) {
        PlaceAmendmentView amendment = amendments.amend(request);
        return Response.created(URI.create("/api/v1/places/" + amendment.code() + "/amendments")).entity(amendment).build();
    }

    /** {@code ?on=} a day, {@code ?year=} its 31 December, neither: today. */
    private LocalDate day(Integer year, String on) {
        if (year != null && on != null) {
            throw ProblemException.invalid("on", "year 与 on 只能给出一个");
        }
        try {
            if (on != null) {
                return LocalDate.parse(on);
            }
            return year == null ? register.today() : LocalDate.of(year, 12, 31);
        } catch (DateTimeException e) {
            throw ProblemException.invalid("on", "日期 " + on + " 不存在");
        }
    }
}
