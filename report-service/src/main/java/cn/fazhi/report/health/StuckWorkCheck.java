package cn.fazhi.report.health;

import cn.fazhi.report.service.StuckVersions;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Counts stuck versions for monitoring, at {@code /q/health/group/stuck-work}: DOWN while any
 * version waits too long for its analysis. Deliberately not a readiness check: stuck work is a
 * reason to look, not a reason to take this service out of the load balancer.
 */
@HealthGroup("stuck-work")
@ApplicationScoped
public class StuckWorkCheck implements HealthCheck {

    private final StuckVersions stuck;

    public StuckWorkCheck(StuckVersions stuck) {
        this.stuck = stuck;
    }

    @Override
    public HealthCheckResponse call() {
        long count = stuck.count();
        return HealthCheckResponse.named("stuck-versions").status(count == 0).withData("count", count).build();
    }
}
