package org.kindred.returns.export;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The export, over the return sources (built from the modules' facts) and the person register. */
@Configuration(proxyBeanMethods = false)
class ReturnExports {
    @Bean
    ReturnExport returnExport(ObjectProvider<ReturnSource> sources, ChildRegister register,
                              @Value("${kindred.returns.la-code}") String localAuthority) {
        return new ReturnExport(() -> sources.orderedStream().toList(), register, localAuthority);
    }
}
