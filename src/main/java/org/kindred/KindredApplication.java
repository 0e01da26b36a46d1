package org.kindred;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KindredApplication {
}
