package cn.fengqiao.incident.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days: Monday to Friday (public holidays and their make-up days are not modelled yet). */
public final class WorkingDays {

    private WorkingDays() {}

    /** The day that is {@code days} working days after {@code from} (from itself does not count). */
    public static LocalDate after(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
