namespace PartyBuilding.Samples.County.Province;

/// <summary>
/// Fills the summary tables with a province's worth of rows in the database itself (<c>INSERT … SELECT</c> over
/// <c>generate_series</c>, never row by row through EF Core), with distributions like the county's: most
/// members in touch, a few percent lost; most enterprises covered; cases over five years in every state.
/// <c>setseed</c> makes the fill repeatable.
/// </summary>
internal static class ProvinceFill
{
    /// <summary>The statements, each with the table it fills and its row count at <paramref name="scale"/> (1 = a province).</summary>
    public static IReadOnlyList<(string Table, long Rows, string Sql)> Statements(double scale)
    {
        long N(long full) => Math.Max(1, (long)Math.Round(full * scale));
        var members = N(5_000_000);
        var enterprises = N(1_000_000);
        var cases = N(1_000_000);
        var orders = N(250_000);
        var organizations = N(500_000);
        var rounds = N(10_000);
        var candidates = rounds * 50;
        return
        [
            ("MobileMemberSummary", members, $"""
                INSERT INTO "MobileMemberSummary" ("Id", "Status", "ResidenceAreaCode", "Organization", "Mode", "MonitoredSince",
                    "LastReportOn", "LastContactOn", "LastOrganizationalLifeOn", "LastDuesPaidOn", "LastAssignedWorkOn")
                SELECT 'M' || lpad(i::text, 8, '0'), CASE WHEN r1 < 0.1 THEN 0 ELSE 1 END,
                       CASE WHEN r2 < 0.05 THEN NULL ELSE 'A' || (i % 20000) END,
                       CASE WHEN r2 < 0.1 THEN NULL ELSE 'O' || lpad((i % 100000)::text, 6, '0') END,
                       CASE WHEN r2 < 0.1 THEN NULL WHEN r2 < 0.6 THEN 0 ELSE 1 END,
                       date '2026-12-31' - (210 + (r3 * 700)::int),
                       contact - CASE WHEN r4 < 0.8 THEN 0 ELSE 30 + (r4 * 60)::int END,
                       contact,
                       contact - CASE WHEN r5 < 0.9 THEN (r5 * 30)::int ELSE 200 + (r5 * 100)::int END,
                       contact - CASE WHEN r6 < 0.93 THEN 0 ELSE 190 + (r6 * 60)::int END,
                       contact - (r7 * 60)::int
                FROM (SELECT i, r1, r2, r3, r4, r5, r6, r7,
                             CASE WHEN r0 < 0.78 THEN date '2026-12-31' - (r1 * 30)::int
                                  WHEN r0 < 0.88 THEN date '2026-12-31' - 60 - (r1 * 30)::int
                                  WHEN r0 < 0.95 THEN date '2026-12-31' - 150 - (r1 * 30)::int
                                  WHEN r0 < 0.98 THEN date '2026-12-31' - 270 - (r1 * 60)::int END AS contact
                      FROM (SELECT i, random() r0, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7
                            FROM generate_series(1, {members}) i) g) s
                """),
            ("EnterpriseAssessmentSummary", enterprises, $"""
                INSERT INTO "EnterpriseAssessmentSummary" ("Id", "AreaCode", "Operating", "Coverage", "AssessedOn", "SeatScore", "ActionScore",
                    "AttractionScore", "SupervisionScore", "Total", "SeatMet", "ActionMet", "AttractionMet", "SupervisionMet", "Grade", "Vetoed")
                SELECT id, area, operating, coverage, assessed,
                       CASE WHEN assessed IS NULL THEN 0 ELSE seat END, CASE WHEN assessed IS NULL THEN 0 ELSE act END,
                       CASE WHEN assessed IS NULL THEN 0 ELSE attr END, CASE WHEN assessed IS NULL THEN 0 ELSE sup END,
                       CASE WHEN assessed IS NULL THEN 0 ELSE seat + act + attr + sup END,
                       assessed IS NOT NULL AND seat >= 15, assessed IS NOT NULL AND act >= 15,
                       assessed IS NOT NULL AND attr >= 15, assessed IS NOT NULL AND sup >= 15,
                       CASE WHEN assessed IS NULL THEN 0 WHEN seat + act + attr + sup >= 90 THEN 3 WHEN seat + act + attr + sup >= 75 THEN 2
                            WHEN seat + act + attr + sup >= 60 THEN 1 ELSE 0 END,
                       assessed IS NOT NULL AND veto < 0.03
                FROM (SELECT 'E' || lpad(i::text, 8, '0') AS id, CASE WHEN r1 < 0.02 THEN NULL ELSE 'A' || (i % 20000) END AS area,
                             r2 < 0.97 AS operating, CASE WHEN r3 < 0.55 THEN 0 WHEN r3 < 0.75 THEN 1 WHEN r3 < 0.9 THEN 2 ELSE 3 END AS coverage,
                             CASE WHEN r2 < 0.97 AND r3 < 0.75 AND r4 < 0.97 THEN date '2026-12-31' - (r4 * 500)::int END AS assessed,
                             10 + (r5 * 15)::int AS seat, 8 + (r6 * 17)::int AS act, 9 + (r7 * 16)::int AS attr, 11 + (r8 * 14)::int AS sup, r9 AS veto
                      FROM (SELECT i, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7, random() r8, random() r9
                            FROM generate_series(1, {enterprises}) i) g) s
                """),
            ("AccountabilityCaseSummary", cases, $"""
                INSERT INTO "AccountabilityCaseSummary" ("Id", "SubjectKind", "SubjectKey", "State", "ReceivedOn", "RegistrationDeadline",
                    "ConclusionDeadline", "Outcome", "ConcludedOn", "RequiresDisclosure", "DisclosedOn", "PreviousSubstantiatedOn")
                SELECT id, kind, CASE WHEN kind = 0 THEN 'cadre:K' ELSE 'organization:O' END || lpad((i % 300000)::text, 6, '0'), state, received, received + 15,
                       CASE WHEN state >= 1 THEN received + 75 END,
                       CASE WHEN state >= 2 THEN outcome END,
                       CASE WHEN state >= 2 THEN received + 40 END,
                       state >= 3 AND disclose,
                       CASE WHEN state >= 4 AND disclose THEN received + 50 END,
                       CASE WHEN state >= 2 AND outcome = 0 AND r6 < 0.3 THEN received + 40 - (r6 * 1300)::int END
                FROM (SELECT i, 'C' || lpad(i::text, 8, '0') AS id, CASE WHEN r1 < 0.9 THEN 0 ELSE 1 END AS kind,
                             CASE WHEN r2 < 0.03 THEN 0 WHEN r2 < 0.08 THEN 1 WHEN r2 < 0.2 THEN 2 WHEN r2 < 0.3 THEN 3 WHEN r2 < 0.35 THEN 4 ELSE 5 END AS state,
                             date '2026-12-31' - (r3 * 1800)::int AS received, CASE WHEN r4 < 0.6 THEN 0 ELSE 1 END AS outcome, r5 < 0.3 AS disclose, r6
                      FROM (SELECT i, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6
                            FROM generate_series(1, {cases}) i) g) s
                """),
            ("RectificationOrderSummary", orders, $"""
                INSERT INTO "RectificationOrderSummary" ("Id", "Case", "SubjectKey", "IssuedOn", "Deadline", "MetOn")
                SELECT 'R' || lpad(i::text, 8, '0'), 'C' || lpad((i * 4)::text, 8, '0'), 'cadre:K' || lpad((i % 300000)::text, 6, '0'),
                       issued, issued + 30 + (r2 * 30)::int, CASE WHEN r3 < 0.9 THEN issued + 10 + (r3 * 40)::int END
                FROM (SELECT i, date '2026-12-31' - (r1 * 1800)::int AS issued, r2, r3
                      FROM (SELECT i, random() r1, random() r2, random() r3 FROM generate_series(1, {orders}) i) g) s
                """),
            ("OrganizationSummary", organizations, $"""
                INSERT INTO "OrganizationSummary" ("Id", "Level", "Kind", "FullMembers", "ProbationaryMembers", "HasBranchCommittee", "TermEndsOn")
                SELECT 'O' || lpad(i::text, 6, '0'), CASE WHEN r1 < 0.02 THEN 0 WHEN r1 < 0.12 THEN 1 ELSE 2 END, (r2 * 6)::int,
                       full_members, (r3 * 3)::int, CASE WHEN full_members >= 7 THEN r4 < 0.97 ELSE r4 < 0.03 END,
                       date '2026-12-31' - 400 + (r5 * 1800)::int
                FROM (SELECT i, r1, r2, r3, r4, r5, CASE WHEN r6 < 0.04 THEN 1 + (r6 * 50)::int ELSE 3 + (r6 * 50)::int END AS full_members
                      FROM (SELECT i, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6 FROM generate_series(1, {organizations}) i) g) s
                """),
            ("EvaluationRoundSummary", rounds, $"""
                INSERT INTO "EvaluationRoundSummary" ("Id", "PolicyVersion", "OpensOn", "ClosesOn", "Eligible", "BallotsCast", "QuorumMet")
                SELECT 'RND' || lpad(i::text, 6, '0'), '2024', closes - 4, closes, eligible, (eligible * (0.5 + r2 * 0.5))::int,
                       (eligible * (0.5 + r2 * 0.5))::int * 3 >= eligible * 2
                FROM (SELECT i, date '2022-01-01' + (i % 1800) AS closes, 100 + (r1 * 200)::int AS eligible, r2
                      FROM (SELECT i, random() r1, random() r2 FROM generate_series(1, {rounds}) i) g) s
                """),
            ("CandidateEvaluationSummary", candidates, $"""
                INSERT INTO "CandidateEvaluationSummary" ("Id", "Round", "Candidate", "ClosesOn", "Outcome", "QuorumMet", "Valid", "Recognized",
                    "Incompetent", "RatedIncompetent", "RatedIncompetentInPreviousRound")
                SELECT round || '/K' || lpad(i::text, 8, '0'), round, 'K' || lpad(i::text, 8, '0'), date '2022-01-01' + ((i / 50) % 1800),
                       CASE WHEN r1 < 0.85 THEN 0 WHEN r1 < 0.93 THEN 1 WHEN r1 < 0.97 THEN 2 ELSE 3 END, true, 100,
                       (60 + r2 * 40)::int, (r3 * 40)::int, r4 < 0.04, r4 < 0.012
                FROM (SELECT i, 'RND' || lpad((1 + i / 50)::text, 6, '0') AS round, r1, r2, r3, r4
                      FROM (SELECT i, random() r1, random() r2, random() r3, random() r4 FROM generate_series(0, {candidates - 1}) i) g) s
                """),
        ];
    }
}
