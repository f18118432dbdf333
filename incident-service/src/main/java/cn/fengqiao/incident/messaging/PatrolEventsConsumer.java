package cn.fengqiao.incident.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import cn.fengqiao.incident.service.DutyService;
import cn.fengqiao.incident.service.IncidentService;
import cn.fengqiao.infrastructure.inbox.Inbox;

/**
 * Reads patrol-events once per event (the inbox drops redeliveries): shifts starting and ending keep
 * the status board's duty in step with the published plan; a patrol's finding becomes an incident;
 * a day's coverage goes into the briefing.
 */
@ApplicationScoped
public class PatrolEventsConsumer {

    public static final String CHANNEL = "patrol-events";

    @Inject
    Inbox inbox;

    @Inject
    DutyService duty;

    @Inject
    IncidentService incidents;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CHANNEL, record, event -> {
            switch (event.type()) {
                case ShiftStarted.TYPE -> duty.started(event.dataAs(ShiftStarted.class));
                case ShiftEnded.TYPE -> duty.ended(event.dataAs(ShiftEnded.class));
                case FindingReported.TYPE -> incidents.reportFinding(event.dataAs(FindingReported.class));
                case CoverageComputed.TYPE -> duty.coverage(event.dataAs(CoverageComputed.class));
                default -> {} // plans and missed checkpoints are patrol's own business
            }
        });
    }
}
