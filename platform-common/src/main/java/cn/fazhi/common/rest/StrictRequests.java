package cn.fazhi.common.rest;

import cn.fazhi.common.problem.ProblemException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before any parameter is converted, what JAX-RS would otherwise read leniently or answer
 * with the wrong status: a body without a {@code Content-Type} (JAX-RS guesses), a query parameter
 * given twice (the first would win), a boolean that is neither {@code true} nor {@code false}
 * (it would read as false), and a number that is not one or does not fit (JAX-RS answers 404, as
 * if the address did not exist). Each is a 400 (415 for the media type) naming the parameter.
 *
 * <p>What a method takes is read from its declaration (on the resource or on the contract
 * interface it implements), so a new operation is checked the moment it is declared.
 */
public class StrictRequests {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    /** What one resource method reads: whether it takes a body, and its query parameters by name. */
    record Declared(boolean takesBody, Map<String, Class<?>> queryParameters) {
    }

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Declared what = declared.computeIfAbsent(method, StrictRequests::declaredBy);
        if (what.takesBody() && hasBody(request) && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            throw new ProblemException(415, "http-415", "不支持的内容类型",
                    "请求体必须注明 Content-Type: application/json");
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String name = parameter.getKey();
            List<String> values = parameter.getValue();
            Class<?> type = what.queryParameters().get(name);
            if (values.size() > 1 && (type == null || !Collection.class.isAssignableFrom(type))) {
                throw ProblemException.invalid(name, "查询参数 " + name + " 只能出现一次");
            }
            if (type != null) {
                for (String value : values) {
                    checkValue(name, value, type);
                }
            }
        }
    }

    private static void checkValue(String name, String value, Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            if (!"true".equals(value) && !"false".equals(value)) {
                throw ProblemException.invalid(name, "查询参数 " + name + " 只能是 true 或 false");
            }
        } else if (type == int.class || type == Integer.class) {
            checkInteger(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (type == long.class || type == Long.class) {
            checkInteger(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (type == short.class || type == Short.class) {
            checkInteger(name, value, Short.MIN_VALUE, Short.MAX_VALUE);
        }
    }

    private static void checkInteger(String name, String value, long min, long max) {
        if (!INTEGER.matcher(value).matches()) {
            throw ProblemException.invalid(name, "查询参数 " + name + " 必须是整数");
        }
        BigInteger number = new BigInteger(value);
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            throw ProblemException.invalid(name, "查询参数 " + name + " 超出允许的范围");
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !"0".equals(length.trim());
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }

    /** The method as the resource declares it, merged with every interface or superclass method it implements. */
    static Declared declaredBy(Method method) {
        List<Method> declarations = new ArrayList<>();
        collect(method.getDeclaringClass(), method, declarations);
        boolean consumes = false;
        Map<String, Class<?>> query = new HashMap<>();
        boolean[] body = new boolean[method.getParameterCount()];
        java.util.Arrays.fill(body, true);
        for (Method declaration : declarations) {
            consumes |= declaration.isAnnotationPresent(Consumes.class)
                    || declaration.getDeclaringClass().isAnnotationPresent(Consumes.class);
            Parameter[] parameters = declaration.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                Parameter parameter = parameters[i];
                if (isParameterAnnotated(parameter.getAnnotations())) {
                    body[i] = false;
                }
                QueryParam queryParam = parameter.getAnnotation(QueryParam.class);
                if (queryParam != null) {
                    query.put(queryParam.value(), parameter.getType());
                }
                RestQuery restQuery = parameter.getAnnotation(RestQuery.class);
                if (restQuery != null) {
                    query.put(restQuery.value().isEmpty() ? parameter.getName() : restQuery.value(), parameter.getType());
                }
                if (parameter.isAnnotationPresent(BeanParam.class)) {
                    beanQueryParameters(parameter.getType(), query);
                }
            }
        }
        boolean takesBody = consumes;
        for (boolean b : body) {
            takesBody |= b;
        }
        return new Declared(takesBody, Map.copyOf(query));
    }

    private static void collect(Class<?> type, Method method, List<Method> found) {
        if (type == null || type == Object.class) {
            return;
        }
        try {
            Method declared = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
            if (!found.contains(declared)) {
                found.add(declared);
            }
        } catch (NoSuchMethodException absent) {
            // not declared at this level
        }
        for (Class<?> contract : type.getInterfaces()) {
            collect(contract, method, found);
        }
        collect(type.getSuperclass(), method, found);
    }

    private static void beanQueryParameters(Class<?> bean, Map<String, Class<?>> query) {
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                QueryParam queryParam = field.getAnnotation(QueryParam.class);
                if (queryParam != null) {
                    query.put(queryParam.value(), field.getType());
                }
            }
        }
    }

    private static boolean isParameterAnnotated(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type == PathParam.class || type == QueryParam.class || type == HeaderParam.class
                    || type == BeanParam.class || type == Context.class || type == CookieParam.class
                    || type == FormParam.class || type == MatrixParam.class
                    || type.getName().startsWith("org.jboss.resteasy.reactive.Rest")) {
                return true;
            }
        }
        return false;
    }
}
