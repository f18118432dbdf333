package cn.fengqiao.mediation.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.fengqiao.infrastructure.problem.ProblemException;

/** Days in query parameters (yyyy-MM-dd): a bad one is a 400 that names the parameter, not a 404. */
final class Days {

    private Days() {}

    static LocalDate parse(String name, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be a day such as 2024-07-03");
        }
    }
}
