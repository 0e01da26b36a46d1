package org.kindred.recruitment;

import java.util.List;

/** Recruitment campaigns and their vacancies. */
public interface Campaigns {
    Campaign create(NewCampaign campaign);

    Campaign addVacancy(long campaignId, NewVacancy vacancy);

    List<Campaign> list();

    Campaign find(long id);

    /** Median days from application to start of a campaign's hires (null when none has started). */
    Double medianDaysToHire(long campaignId);
}
