package cn.fengqiao.patrol.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Judges a shift's check-ins against its area's round: checkpoints in order, each due within its
 * allowed interval after the previous check-in (the first after the shift's start), give or take
 * its tolerance; after the last the round begins again. A checkpoint passed over is missed; the
 * next one is missed once its deadline is behind us.
 */
public final class RoundCheck {

    public enum Verdict {
        ON_TIME,
        LATE,
        NOT_ON_ROUND
    }

    public record Point(UUID id, String code, int maxIntervalMinutes, int toleranceMinutes) {
        Duration allowed() {
            return Duration.ofMinutes(maxIntervalMinutes + (long) toleranceMinutes);
        }
    }

    public record Visit(UUID checkpointId, Instant at) {}

    public record Judged(Visit visit, Verdict verdict) {}

    public record Missed(Point checkpoint, Instant dueBy) {}

    public record Result(List<Judged> visits, List<Missed> missed) {
        public long count(Verdict verdict) {
            return visits.stream().filter(v -> v.verdict() == verdict).count();
        }
    }

    private RoundCheck() {}

    /**
     * @param round  the area's checkpoints in order
     * @param now    how far to judge: pending checkpoints count as missed only once their deadline passed
     */
    public static Result judge(
            List<Point> round, Instant shiftStart, Instant shiftEnd, List<Visit> visits, Instant now) {
        List<Judged> judged = new ArrayList<>();
        List<Missed> missed = new ArrayList<>();
        List<Visit> ordered =
                visits.stream().sorted(Comparator.comparing(Visit::at)).toList();
        if (round.isEmpty()) {
            ordered.forEach(v -> judged.add(new Judged(v, Verdict.NOT_ON_ROUND)));
            return new Result(judged, missed);
        }
        int n = round.size();
        Instant last = shiftStart;
        int next = 0;
        for (Visit visit : ordered) {
            int ahead = -1;
            for (int k = 0; k < n; k++) {
                if (round.get((next + k) % n).id().equals(visit.checkpointId())) {
                    ahead = k;
                    break;
                }
            }
            if (ahead < 0) {
                judged.add(new Judged(visit, Verdict.NOT_ON_ROUND));
                continue;
            }
            for (int k = 0; k < ahead; k++) {
                Point skipped = round.get((next + k) % n);
                missed.add(new Missed(skipped, last.plus(skipped.allowed())));
            }
            Point point = round.get((next + ahead) % n);
            boolean onTime = !visit.at().isAfter(last.plus(point.allowed()));
            judged.add(new Judged(visit, onTime ? Verdict.ON_TIME : Verdict.LATE));
            last = visit.at();
            next = (next + ahead + 1) % n;
        }
        Instant horizon = now.isBefore(shiftEnd) ? now : shiftEnd;
        Point pending = round.get(next);
        Instant due = last.plus(pending.allowed());
        if (due.isBefore(horizon)) {
            missed.add(new Missed(pending, due));
        }
        return new Result(judged, missed);
    }
}
