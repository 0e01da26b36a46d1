package org.kindred;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Kindred's application context: the pages, the API and the services behind the command line. */
@SpringBootApplication(proxyBeanMethods = false)
@Modulithic(sharedModules = "shared")
public class KindredApplication {
}
