package cn.fazhi.gateway.service;

import cn.fazhi.api.contract.PlatformService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every public operation, read from the contract interfaces the services implement: its method,
 * its path template, the service that answers it and the roles that may call it.
 *
 * <p>Nothing here is written per operation, so the gateway cannot drift from a service: a new
 * operation in a contract is routed, authorized and documented the moment it is declared.
 */
@ApplicationScoped
public class RouteTable {

    /**
     * One operation of the public API; {@code upload} when it takes {@code multipart/form-data}
     * (a filed document), whose body may be larger than a JSON one.
     */
    public record Operation(String method, String template, List<String> segments, PlatformService service,
            Set<String> roles, boolean upload) {

        boolean matches(List<String> path) {
            if (path.size() != segments.size()) {
                return false;
            }
            for (int i = 0; i < segments.size(); i++) {
                String segment = segments.get(i);
                if (!isParameter(segment) && !segment.equals(path.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** How many segments are literal: {@code /reports/{id}/diff} wins over {@code /reports/{id}/{x}}. */
        int literals() {
            return (int) segments.stream().filter(s -> !isParameter(s)).count();
        }
    }

    /** What a request path and method resolve to. */
    public sealed interface Resolution permits Found, NoSuchPath, MethodNotAllowed {
    }

    public record Found(Operation operation) implements Resolution {
    }

    public record NoSuchPath() implements Resolution {
    }

    public record MethodNotAllowed(Set<String> allowed) implements Resolution {
    }

    private final List<Operation> operations;

    public RouteTable() {
        this(Arrays.asList(PlatformService.values()));
    }

    RouteTable(List<PlatformService> services) {
        List<Operation> all = new ArrayList<>();
        for (PlatformService service : services) {
            for (Class<?> contract : service.contracts()) {
                for (Method method : contract.getMethods()) {
                    httpMethod(method).ifPresent(verb -> all.add(operation(service, contract, method, verb)));
                }
            }
        }
        all.sort(Comparator.comparingInt(Operation::literals).reversed());
        this.operations = List.copyOf(all);
    }

    public List<Operation> operations() {
        return operations;
    }

    public Resolution resolve(String method, String path) {
        List<String> segments = segments(path);
        Set<String> allowed = new TreeSet<>();
        int bestLiterals = -1;
        for (Operation operation : operations) {
            if (operation.literals() < bestLiterals || !operation.matches(segments)) {
                continue;
            }
            bestLiterals = operation.literals();
            if (operation.method().equals(method)) {
                return new Found(operation);
            }
            allowed.add(operation.method());
        }
        return allowed.isEmpty() ? new NoSuchPath() : new MethodNotAllowed(allowed);
    }

    private static Operation operation(PlatformService service, Class<?> contract, Method method, String verb) {
        String template = join(pathOf(contract), pathOf(method));
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = contract.getAnnotation(RolesAllowed.class);
        }
        if (roles == null) {
            throw new IllegalStateException(contract.getSimpleName() + "." + method.getName()
                    + " does not say who may call it (@RolesAllowed)");
        }
        Consumes consumes = method.getAnnotation(Consumes.class);
        boolean upload = consumes != null && Arrays.asList(consumes.value()).contains(MediaType.MULTIPART_FORM_DATA);
        return new Operation(verb, template, segments(template), service, Set.of(roles.value()), upload);
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value());
            }
        }
        return Optional.empty();
    }

    private static String pathOf(java.lang.reflect.AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    private static String join(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
