package org.kindred.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Staff and posts: the employment records managers keep. Bad input throws InvalidInput and changes nothing. */
public interface Staff {
    /** Everyone in post on the day (and leavers with a later leaving date), by team then name; team null for all. */
    List<StaffMember> inPost(LocalDate day, String team);

    /** Every spell, leavers included, by start date: for the measures, the census and the forecast. */
    List<StaffMember> all();

    Optional<StaffMember> find(long id);

    StaffMember record(StaffEntry entry);

    StaffMember change(long id, StaffEntry entry);

    /** Records the leaving date and reason; the account stays enabled until an administrator deactivates it. */
    StaffMember leave(long id, LocalDate leavingDate, LeavingReason reason);

    /** Disables the account through access (their sessions end, their tokens are revoked). Administrators only. */
    void deactivate(long id);

    List<Post> posts();

    void setPost(String team, BigDecimal establishmentFte);

    /** The teams access knows, for choices on forms. */
    List<String> teams();
}
