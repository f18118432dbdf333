package cn.fengqiao.infrastructure.problem;

import java.util.List;

/**
 * A business rule said no: carries the status and the words the caller should see, in Chinese too
 * where the rule says them (Bilingual); the caller's language is chosen when the answer is written.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final Bilingual detail;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, Bilingual detail, List<Problem.FieldError> errors) {
        super(detail.english());
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = errors;
    }

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        this(status, title, Bilingual.english(detail), errors);
    }

    /** No such record: {@code what} names its kind in both languages, e.g. ("Incident", "警情"). */
    public static ProblemException notFound(Bilingual what, Object id) {
        return new ProblemException(
                404,
                "Not found",
                Bilingual.of(what.english() + " " + id + " does not exist", what.in(true) + " " + id + " 不存在"),
                null);
    }

    public static ProblemException notFound(String what, String chineseWhat, Object id) {
        return notFound(Bilingual.of(what, chineseWhat), id);
    }

    public static ProblemException conflict(Bilingual detail) {
        return new ProblemException(409, "Conflict", detail, null);
    }

    public static ProblemException conflict(String detail) {
        return conflict(Bilingual.english(detail));
    }

    public static ProblemException badRequest(String field, Bilingual message) {
        return new ProblemException(400, "Invalid request", message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException badRequest(String field, String message) {
        return badRequest(field, Bilingual.english(message));
    }

    public static ProblemException forbidden(Bilingual detail) {
        return new ProblemException(403, "Forbidden", detail, null);
    }

    public static ProblemException forbidden(String detail) {
        return forbidden(Bilingual.english(detail));
    }

    public Problem toProblem() {
        return Problem.of(status, title, detail).withErrors(errors);
    }
}
