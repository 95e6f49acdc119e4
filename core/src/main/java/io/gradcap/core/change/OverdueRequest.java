package io.gradcap.core.change;

import java.time.Duration;
import java.time.Instant;

/**
 * An open request whose current step is past its deadline.
 *
 * @param line the request
 * @param deadline the deadline of the step it waits in
 * @param overdueBy how long past it
 */
public record OverdueRequest(OpenRequestLine line, Instant deadline, Duration overdueBy) {}
