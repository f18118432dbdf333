package cn.fengqiao.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.fengqiao.gateway.config.GatewayConfig;

/** Finds the route of a path: the longest configured prefix that matches whole path segments. */
@ApplicationScoped
public class RouteTable {

    private final List<GatewayConfig.Route> routes;

    @Inject
    public RouteTable(GatewayConfig config) {
        for (GatewayConfig.Route route : config.routes().values()) {
            if (!config.backends().containsKey(route.backend())) {
                throw new IllegalStateException(
                        "route " + route.prefix() + " names unknown backend " + route.backend());
            }
        }
        this.routes = config.routes().values().stream()
                .sorted(Comparator.comparingInt(
                                (GatewayConfig.Route r) -> r.prefix().length())
                        .reversed())
                .toList();
    }

    public Optional<GatewayConfig.Route> match(String path) {
        return routes.stream().filter(r -> matches(r.prefix(), path)).findFirst();
    }

    static boolean matches(String prefix, String path) {
        return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }
}
