package org.kindred.web;

import org.kindred.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A missing (or invisible) record on a page renders the ordinary 404 page. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {
    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /** The database is down or out of connections: the page says the service is unavailable, not that it broke. */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
        org.springframework.transaction.CannotCreateTransactionException.class})
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable(org.springframework.ui.Model model) {
        model.addAttribute("databaseUnavailable", true); // its header asks the database nothing more
        return "error/503";
    }
}
