package cn.fengqiao.infrastructure.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import cn.fengqiao.edge.ProblemLanguage;

/**
 * Problems told in the caller's language: Chinese title, detail and field messages (where the rule
 * gave them in Chinese) unless Accept-Language prefers English, and the station's default when it
 * states neither. Validation messages follow the same header
 * (Hibernate Validator's locales, quarkus.locales).
 */
public class ProblemLanguageFilter {

    @ConfigProperty(name = ProblemLanguage.DEFAULT_PROPERTY, defaultValue = "zh-CN")
    String defaultLanguage;

    @ServerResponseFilter
    public void localize(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        boolean chinese = ProblemLanguage.chinese(request.getHeaderString("Accept-Language"), defaultLanguage);
        response.setEntity(problem.in(chinese));
        response.getHeaders().putSingle("Content-Language", ProblemLanguage.tag(chinese));
    }
}
