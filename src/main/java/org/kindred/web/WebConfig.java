package org.kindred.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GOV.UK Frontend's stylesheet loads its fonts and images from /assets: serve them from the webjar. The webjar
 * locator (version-free /webjars/ paths) switches on Spring's resource chain, and with it a filter that sends every
 * link a page writes through the class path: no versioned URLs are used, so that filter is switched off (it was
 * most of the server time of a page with 50 links).
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /** Every JSON string the API reads is checked at the edge (control characters, length, text only). */
    @Bean
    tools.jackson.databind.module.SimpleModule checkedText() {
        return new tools.jackson.databind.module.SimpleModule("checked-text")
                .addDeserializer(String.class, new CheckedText());
    }

    private static final String GOVUK = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK + "assets/");
        registry.addResourceHandler("/favicon.ico").addResourceLocations(GOVUK + "assets/images/");
    }
}
