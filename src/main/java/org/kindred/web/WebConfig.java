package org.kindred.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** GOV.UK Frontend's stylesheet loads its fonts and images from /assets: serve them from the webjar. */
@Configuration
class WebConfig implements WebMvcConfigurer {
    private static final String GOVUK = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK + "assets/");
        registry.addResourceHandler("/favicon.ico").addResourceLocations(GOVUK + "assets/images/");
    }
}
