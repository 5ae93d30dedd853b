package cn.fazhi.metrics.service;

import cn.fazhi.api.Roles;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.common.security.Caller;
import cn.fazhi.metrics.repository.TownshipFigureRepository.Scope;
import java.util.Locale;

/**
 * Who may read which region's analytics, enforced here whatever the gateway let through: an admin
 * everything; a viewer or reviewer the regions inside their {@code org_code}; a reporter their own
 * township; a portal any region, but only the official figures of published reports.
 */
final class AnalyticsScope {

    static final String OFFICIAL = "OFFICIAL";
    static final String LATEST = "LATEST";

    private AnalyticsScope() {
    }

    /** The figures the caller reads in the region on the basis asked for; 403 outside their scope. */
    static Scope of(Caller caller, String region, String basis) {
        String asked = basis == null ? OFFICIAL : basis.toUpperCase(Locale.ROOT);
        if (caller.has(Roles.ADMIN) || insideSubtree(caller, region)
                || caller.has(Roles.REPORTER) && caller.orgCode().equals(region)) {
            return new Scope(asked, false);
        }
        if (caller.has(Roles.PORTAL)) {
            if (!OFFICIAL.equals(asked)) {
                throw ProblemException.forbidden("政务网站只能读取已公开报告的正式数字（basis=official）");
            }
            return new Scope(OFFICIAL, true);
        }
        throw ProblemException.forbidden("您无权查看地区 " + region + " 的统计数据");
    }

    /** Completeness: reviewers above the townships (their subtree) and admins. */
    static void checkCompleteness(Caller caller, String region) {
        if (!caller.has(Roles.ADMIN) && !(caller.has(Roles.REVIEWER) && caller.covers(region))) {
            throw ProblemException.forbidden("您无权查看地区 " + region + " 的报送完成情况");
        }
    }

    private static boolean insideSubtree(Caller caller, String region) {
        return (caller.has(Roles.REVIEWER) || caller.has(Roles.VIEWER)) && caller.covers(region);
    }
}
