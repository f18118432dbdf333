package cn.fengqiao.infrastructure.live;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What every live stream reads from its request ({@code @Valid @BeanParam}): the community asked for,
 * the id of the last event the caller received (sent again by EventSource when it reconnects), and
 * the server's SSE support.
 */
public class StreamRequest {

    @QueryParam("community")
    String community;

    @HeaderParam("Last-Event-ID")
    @Parameter(description = "The id of the last event received: the stream goes on after it")
    @Pattern(regexp = LiveStreams.EVENT_ID_PATTERN, message = "{fengqiao.live.event-id}")
    String lastEventId;

    @Context
    Sse sse;

    public String community() {
        return community;
    }
}
