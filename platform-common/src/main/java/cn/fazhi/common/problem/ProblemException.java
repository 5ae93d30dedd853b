package cn.fazhi.common.problem;

import java.net.URI;
import java.util.List;

/**
 * A business rule refused the request. Services throw it; {@link ProblemMappers} turns it into
 * problem+json, so resources never build error responses by hand.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final URI type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        this(status, URI.create(Problem.TYPE_BASE + slug), title, detail, errors);
    }

    private ProblemException(int status, URI type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** Re-raises a problem another service answered with, keeping its type, text and status. */
    public static ProblemException relay(Problem problem) {
        return new ProblemException(problem.status(), problem.type(), problem.title(), problem.detail(), problem.errors());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "资源不存在", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "无权执行此操作", detail);
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "与当前状态冲突", detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "请求内容不符合要求", message,
                List.of(new Problem.FieldError(field, message)));
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }

    public int status() {
        return status;
    }
}
