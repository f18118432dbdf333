package cn.fengqiao.mediation.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import cn.fengqiao.infrastructure.inbox.Inbox;
import cn.fengqiao.mediation.service.ObservedIncidentService;

/** Reads incident-events once per event (the inbox drops redeliveries): reported and closed; other types are skipped. */
@ApplicationScoped
public class IncidentEventsConsumer {

    public static final String CHANNEL = "incident-events";

    @Inject
    Inbox inbox;

    @Inject
    ObservedIncidentService observedIncidents;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CHANNEL, record, event -> {
            if (IncidentReported.TYPE.equals(event.type())) {
                observedIncidents.record(event.dataAs(IncidentReported.class));
            } else if (IncidentClosed.TYPE.equals(event.type())) {
                observedIncidents.closed(event.dataAs(IncidentClosed.class));
            } else if (IncidentCorrected.TYPE.equals(event.type())) {
                observedIncidents.correct(event.dataAs(IncidentCorrected.class));
            }
        });
    }
}
