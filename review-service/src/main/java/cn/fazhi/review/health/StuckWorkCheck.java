package cn.fazhi.review.health;

import cn.fazhi.review.service.StuckReviews;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Counts stuck review cases for monitoring, at {@code /q/health/group/stuck-work}: DOWN while any
 * case waits too long for an event. Not a readiness check: stuck work is a reason to look, not a
 * reason to take this service out of the load balancer.
 */
@HealthGroup("stuck-work")
@ApplicationScoped
public class StuckWorkCheck implements HealthCheck {

    private final StuckReviews stuck;

    public StuckWorkCheck(StuckReviews stuck) {
        this.stuck = stuck;
    }

    @Override
    public HealthCheckResponse call() {
        long count = stuck.count();
        return HealthCheckResponse.named("stuck-review-cases").status(count == 0).withData("count", count).build();
    }
}
