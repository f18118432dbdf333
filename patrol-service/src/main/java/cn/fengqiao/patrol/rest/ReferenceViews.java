package cn.fengqiao.patrol.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.fengqiao.patrol.domain.Checkpoint;
import cn.fengqiao.patrol.domain.KeySite;
import cn.fengqiao.patrol.domain.Level;
import cn.fengqiao.patrol.domain.PatrolArea;
import cn.fengqiao.patrol.domain.Patroller;
import cn.fengqiao.patrol.domain.PatrollerLeave;
import cn.fengqiao.patrol.domain.Squad;

/** What the reference-data endpoints answer. */
public final class ReferenceViews {

    private ReferenceViews() {}

    public record Area(String code, String name, String community, String sector, List<String> cells, long version) {
        static Area of(PatrolArea a) {
            return new Area(a.code, a.name, a.community, a.sector, a.cells, a.version);
        }
    }

    public record CheckpointView(
            UUID id,
            String area,
            String code,
            String name,
            int seq,
            double latitude,
            double longitude,
            boolean indoor,
            int maxIntervalMinutes,
            int toleranceMinutes,
            long version) {
        static CheckpointView of(Checkpoint c) {
            return new CheckpointView(
                    c.id,
                    c.areaCode,
                    c.code,
                    c.name,
                    c.seq,
                    c.latitude,
                    c.longitude,
                    c.indoor,
                    c.maxIntervalMinutes,
                    c.toleranceMinutes,
                    c.version);
        }
    }

    public record KeySiteView(String code, String name, String kind, double latitude, double longitude, long version) {
        static KeySiteView of(KeySite k) {
            return new KeySiteView(k.code, k.name, k.kind, k.latitude, k.longitude, k.version);
        }
    }

    /** A patroller; no points, mileage or online time: staff are never ranked. */
    public record PatrollerView(
            String code,
            String name,
            Level level,
            String community,
            String squad,
            String username,
            Set<String> skills,
            boolean avoidNights,
            boolean active,
            long version) {
        static PatrollerView of(Patroller p) {
            return new PatrollerView(
                    p.code,
                    p.name,
                    p.level,
                    p.community,
                    p.squadCode,
                    p.username,
                    p.skillSet(),
                    p.avoidNights,
                    p.active,
                    p.version);
        }
    }

    public record LeaveView(UUID id, String patroller, LocalDate from, LocalDate to, String reason) {
        static LeaveView of(PatrollerLeave l) {
            return new LeaveView(l.id, l.patrollerCode, l.fromDay, l.toDay, l.reason);
        }
    }

    public record SquadView(String code, String name, String community, int turnOrder, long version) {
        static SquadView of(Squad s) {
            return new SquadView(s.code, s.name, s.community, s.turnOrder, s.version);
        }
    }
}
