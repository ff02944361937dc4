package id.warga.analytics.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The month-end job runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AnalyticsScheduling {}
