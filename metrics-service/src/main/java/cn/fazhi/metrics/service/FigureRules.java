package cn.fazhi.metrics.service;

import cn.fazhi.api.FigureDecisionRequest;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.metrics.FigureDecision.Action;

/**
 * Which fields each action of a clerk's decision needs and allows, checked before anything is
 * looked up: a request that is wrong in itself is refused the same whatever it addresses, and
 * what a field means never depends on the action silently (a value sent with CONFIRMED is an
 * error, not ignored).
 */
final class FigureRules {

    /** The longest passage a clerk may point at: a paragraph, not the report. */
    static final int PASSAGE_MAX = 2000;

    private FigureRules() {
    }

    /** The request's action, once its fields fit it; a 400 naming the field otherwise. */
    static Action check(FigureDecisionRequest request) {
        Action action = Action.valueOf(request.action());
        boolean passage = request.start() != null || request.end() != null;
        boolean clerkStated = Boolean.TRUE.equals(request.clerkStated());
        if (request.start() == null != (request.end() == null)) {
            throw ProblemException.invalid(request.start() == null ? "start" : "end", "所指原文的起止位置（start、end）必须同时给出");
        }
        if (passage && request.end() <= request.start()) {
            throw ProblemException.invalid("end", "所指原文的结束位置必须大于起始位置");
        }
        if (passage && request.end() - request.start() > PASSAGE_MAX) {
            throw ProblemException.invalid("end", "所指原文不能超过" + PASSAGE_MAX + "个字");
        }
        if (passage && clerkStated) {
            throw ProblemException.invalid("clerkStated", "数字要么指向原文（start、end），要么注明为填报员自述，不能两者都有");
        }
        switch (action) {
            case CONFIRMED -> {
                refuse(request.value() != null, "value", "确认引擎读数时不填写数值；数值不对请用 CORRECTED");
                refuse(request.unit() != null, "unit", "确认引擎读数时不填写单位");
                refuse(passage, "start", "确认引擎读数时不另指原文；出处不对请用 CORRECTED");
                refuse(clerkStated, "clerkStated", "确认引擎读数时不能注明为填报员自述");
            }
            case CORRECTED -> {
                refuse(request.value() == null, "value", "更正必须给出正确的数值");
                refuse(blank(request.reason()), "reason", "更正必须说明理由");
            }
            case REJECTED -> {
                refuse(blank(request.reason()), "reason", "否定引擎读数必须说明理由");
                refuse(request.value() != null, "value", "否定引擎读数时不填写数值；数值不对请用 CORRECTED");
                refuse(request.unit() != null, "unit", "否定引擎读数时不填写单位");
                refuse(passage, "start", "否定引擎读数时不指向原文");
                refuse(clerkStated, "clerkStated", "否定引擎读数时不能注明为填报员自述");
            }
            case ADDED -> {
                refuse(request.value() == null, "value", "补充的数字必须给出数值");
                refuse(!passage && !clerkStated, "start",
                        "补充的数字必须指向原文（start、end），或注明为填报员自述（clerkStated: true）");
            }
        }
        return action;
    }

    /** The reason as stored: trimmed, null when blank. */
    static String reason(FigureDecisionRequest request) {
        return blank(request.reason()) ? null : request.reason().strip();
    }

    private static void refuse(boolean wrong, String field, String message) {
        if (wrong) {
            throw ProblemException.invalid(field, message);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
