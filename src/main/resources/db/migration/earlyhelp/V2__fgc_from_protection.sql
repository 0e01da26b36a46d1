-- One record per family group conference (ADR 0030): a referral made in child protection is kept here too, pointing
-- back to protection's fgc_referral row (one catalogue row per protection FGC; null for referrals made here).
alter table intervention_referral add column protection_fgc_id bigint;
create unique index intervention_referral_protection_fgc on intervention_referral (protection_fgc_id)
    where protection_fgc_id is not null;
