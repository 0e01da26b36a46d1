package org.kindred.frontdoor;

import java.util.List;
import java.util.Optional;

/**
 * Contacts at the single front door and the decision on each. Every read and change is audited; a contact about
 * a child the user may not see is treated as not existing.
 */
public interface Contacts {
    /** Records a contact, creating the child on the register when new details are given. */
    Contact record(NewContact contact);

    Optional<Contact> find(long id);

    /** Open contacts: urgent first, then by the time the decision falls due. */
    List<Contact> open();

    /**
     * One page ({@link QueuePage#SIZE} contacts) of the open contacts in the same order, with the queue's counts; the
     * order is by arrival, which is the order of the decision clocks (a later arrival is never due earlier).
     */
    QueuePage openPage(int page);

    /**
     * Decides an open contact; a referral decision creates the referral. Refused, changing nothing, for a contact
     * already decided (field "decision") or bad input.
     */
    Contact decide(long id, Decision decision);

    /** Decided contacts waiting for a team manager's authorisation, oldest decision first. */
    List<Contact> awaitingAuthorisation();

    /** A team manager authorises the decision; refused (field "decision") when it is not awaiting authorisation. */
    Contact authorise(long id);

    /** Records that information was requested from a partner agency; only while the contact is open. */
    InformationRequest requestInformation(long contactId, String agency, String question);

    /** Records a partner's answer to a request; once only. */
    InformationRequest recordResponse(long contactId, long requestId, String response);

    /** The contact's requests, oldest first (empty when the contact is hidden or missing). */
    List<InformationRequest> informationRequests(long contactId);
}
