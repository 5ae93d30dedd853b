package cn.fazhi.review.service;

import cn.fazhi.api.PlaceLevel;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.api.Roles;
import cn.fazhi.common.security.Caller;
import cn.fazhi.review.ReviewCase;

/** Who may read a township's cases and who may act on a case at its current level. */
final class ReviewPermissions {

    private ReviewPermissions() {
    }

    static void requireRead(String townshipCode, Caller caller) {
        if (!caller.mayRead(townshipCode)) {
            throw ProblemException.forbidden("您无权查看乡镇 " + townshipCode + " 的审核案卷");
        }
    }

    /**
     * An admin acts on any case; a reviewer only on a township below them, never their own place,
     * and only while the case is at their level of the chain.
     */
    static void requireAct(ReviewCase reviewCase, Caller caller) {
        if (caller.has(Roles.ADMIN)) {
            return;
        }
        if (!caller.has(Roles.REVIEWER)) {
            throw ProblemException.forbidden("只有审核员可以审核报告");
        }
        if (caller.orgCode().equals(reviewCase.townshipCode)) {
            throw ProblemException.forbidden("不能审核本单位的报告");
        }
        if (!caller.covers(reviewCase.townshipCode)) {
            throw ProblemException.forbidden("乡镇 " + reviewCase.townshipCode + " 不在您的审核范围内");
        }
        String level = PlaceLevel.ofCode(caller.orgCode()).map(Enum::name).orElse("");
        if (reviewCase.currentLevel() == null) {
            throw ProblemException.forbidden("该报告的提交尚未送达，还没有审核层级");
        }
        if (!level.equals(reviewCase.currentLevel())) {
            throw ProblemException.forbidden("该报告当前由" + reviewCase.currentLevel() + "级审核，您是" + level + "级审核员");
        }
    }
}
