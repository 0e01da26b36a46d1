package org.kindred.web;

import org.kindred.access.DemoUsers;
import org.kindred.shared.loading.StartupWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says in the log, once everything has loaded, where to open Kindred and (in demo mode) how to sign in. */
@Component
class ReadyLog {
    private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);
    private final StartupWork work;
    private final boolean demo;

    ReadyLog(StartupWork work, @Value("${kindred.demo:false}") boolean demo) {
        this.work = work;
        this.demo = demo;
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        int port = event.getWebServer().getPort();
        work.whenFinished(() -> log.info("Kindred is ready: open http://localhost:{}/{}", port, demo
                ? " and sign in as worker, manager, frontdoor, chair, fostering, analyst or admin with the password "
                + DemoUsers.PASSWORD : ""));
    }
}
