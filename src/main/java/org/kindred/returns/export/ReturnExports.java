package org.kindred.returns.export;

import org.kindred.returns.ReturnContributor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The export, over every module's contributor beans and the person register. */
@Configuration
class ReturnExports {
    @Bean
    ReturnExport returnExport(ObjectProvider<ReturnContributor> contributors, ChildRegister register,
                              @Value("${kindred.returns.la-code}") String localAuthority) {
        return new ReturnExport(() -> contributors.orderedStream().toList(), register, localAuthority);
    }
}
