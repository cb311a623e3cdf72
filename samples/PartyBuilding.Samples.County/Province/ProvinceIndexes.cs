namespace PartyBuilding.Samples.County.Province;

/// <summary>
/// The index recommended for each specification (docs/persistence.md): its leading columns serve the filter,
/// its order is the specification's order, so that a page is read from the index without a sort. Expression
/// keys such as <c>("LastReportOn" IS NULL) DESC</c> match the null-first ordering the specifications write
/// (<c>OrderByDescending(x =&gt; x.K == null).ThenBy(x =&gt; x.K)</c>) exactly as EF Core translates it.
/// </summary>
internal static class ProvinceIndexes
{
    /// <summary>The index per question (by specification and question text); questions served by the primary key map to it.</summary>
    public static IReadOnlyList<(string Name, string[] Questions, string Sql)> All { get; } =
    [
        ("PK_MobileMemberSummary", ["to review (lost contact or withdrawal review)", "for withdrawal review"], string.Empty),
        ("ix_mobile_report", ["overdue for report"],
            """CREATE INDEX ix_mobile_report ON "MobileMemberSummary" (("LastReportOn" IS NULL) DESC, "LastReportOn", "MonitoredSince", "Id")"""),
        ("ix_mobile_contact", ["lost contact"],
            """CREATE INDEX ix_mobile_contact ON "MobileMemberSummary" (("LastContactOn" IS NULL) DESC, "LastContactOn", "MonitoredSince", "Id")"""),
        ("ix_mobile_organization", ["without organization", "of migrant branch"],
            """CREATE INDEX ix_mobile_organization ON "MobileMemberSummary" ("Organization", "Id")"""),
        // Both coverage questions read the uncovered kinds (Instructor = 2, None = 3) in the specification's order.
        ("ix_enterprise_uncovered", ["without work coverage", "without organization coverage"],
            """CREATE INDEX ix_enterprise_uncovered ON "EnterpriseAssessmentSummary" (("AreaCode" IS NULL) DESC, "AreaCode", "Id") WHERE "Operating" AND "Coverage" IN (2, 3)"""),
        ("ix_enterprise_due", ["due for assessment"],
            """CREATE INDEX ix_enterprise_due ON "EnterpriseAssessmentSummary" (("AssessedOn" IS NULL) DESC, "AssessedOn", "Id") WHERE "Operating" """),
        ("ix_enterprise_seat", ["missing have Seat"],
            """CREATE INDEX ix_enterprise_seat ON "EnterpriseAssessmentSummary" ("SeatScore", "Id") WHERE "AssessedOn" IS NOT NULL AND NOT "SeatMet" """),
        ("ix_enterprise_action", ["missing have Action"],
            """CREATE INDEX ix_enterprise_action ON "EnterpriseAssessmentSummary" ("ActionScore", "Id") WHERE "AssessedOn" IS NOT NULL AND NOT "ActionMet" """),
        ("ix_enterprise_attraction", ["missing have Attraction"],
            """CREATE INDEX ix_enterprise_attraction ON "EnterpriseAssessmentSummary" ("AttractionScore", "Id") WHERE "AssessedOn" IS NOT NULL AND NOT "AttractionMet" """),
        ("ix_enterprise_supervision", ["missing have Supervision"],
            """CREATE INDEX ix_enterprise_supervision ON "EnterpriseAssessmentSummary" ("SupervisionScore", "Id") WHERE "AssessedOn" IS NOT NULL AND NOT "SupervisionMet" """),
        ("ix_enterprise_vetoed", ["vetoed (one-vote veto)"],
            """CREATE INDEX ix_enterprise_vetoed ON "EnterpriseAssessmentSummary" (("AreaCode" IS NULL) DESC, "AreaCode", "Id") WHERE "AssessedOn" IS NOT NULL AND "Vetoed" """),
        ("ix_enterprise_model", ["model enterprises"],
            """CREATE INDEX ix_enterprise_model ON "EnterpriseAssessmentSummary" ("Total" DESC, "Id") WHERE "AssessedOn" IS NOT NULL AND "SeatMet" AND "ActionMet" AND "AttractionMet" AND "SupervisionMet" AND NOT "Vetoed" """),
        ("ix_candidate_outcome", ["to adjust", "for a warning talk"],
            """CREATE INDEX ix_candidate_outcome ON "CandidateEvaluationSummary" ("Outcome", "ClosesOn" DESC, "Id")"""),
        ("ix_candidate_consecutive", ["incompetent in consecutive rounds"],
            """CREATE INDEX ix_candidate_consecutive ON "CandidateEvaluationSummary" ("ClosesOn" DESC, "Id") WHERE "RatedIncompetent" AND "RatedIncompetentInPreviousRound" """),
        ("ix_round_closes", ["below quorum"],
            """CREATE INDEX ix_round_closes ON "EvaluationRoundSummary" ("ClosesOn" DESC, "Id")"""),
        ("ix_case_open", ["overdue"],
            """CREATE INDEX ix_case_open ON "AccountabilityCaseSummary" ("ReceivedOn", "Id") WHERE "State" IN (0, 1)"""),
        ("ix_case_awaiting_sanction", ["substantiated, awaiting sanction"],
            """CREATE INDEX ix_case_awaiting_sanction ON "AccountabilityCaseSummary" (("ConcludedOn" IS NULL) DESC, "ConcludedOn", "Id") WHERE "State" = 2 AND "Outcome" = 0"""),
        ("ix_case_awaiting_disclosure", ["sanctioned, awaiting disclosure"],
            """CREATE INDEX ix_case_awaiting_disclosure ON "AccountabilityCaseSummary" (("ConcludedOn" IS NULL) DESC, "ConcludedOn", "Id") WHERE "State" = 3 AND "RequiresDisclosure" AND "DisclosedOn" IS NULL"""),
        ("ix_case_repeated", ["repeated substantiated (subject)"],
            """CREATE INDEX ix_case_repeated ON "AccountabilityCaseSummary" ("SubjectKey", "ConcludedOn", "Id") WHERE "Outcome" = 0 AND "PreviousSubstantiatedOn" IS NOT NULL"""),
        ("ix_order_open", ["past deadline"],
            """CREATE INDEX ix_order_open ON "RectificationOrderSummary" ("Deadline", "Id") WHERE "MetOn" IS NULL"""),
        ("PK_OrganizationSummary", ["need another form"], string.Empty),
        ("ix_organization_term", ["term ended (re-election due)"],
            """CREATE INDEX ix_organization_term ON "OrganizationSummary" ("TermEndsOn", "Id")"""),
    ];

    /// <summary>The recommended index of a question (the longest question text its own text starts with).</summary>
    public static string For(string question) =>
        All.SelectMany(i => i.Questions.Where(q => question.StartsWith(q, StringComparison.Ordinal)).Select(q => (i.Name, q.Length)))
            .OrderByDescending(m => m.Length).Select(m => m.Name).DefaultIfEmpty("—").First();
}
