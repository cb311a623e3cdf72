using System.Text.Json.Nodes;
using PartyBuilding.Core.Education;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary>The education policy's document: the schedule's rows by JSON path and the validator's own codes.</summary>
public sealed class EducationPolicyDocumentTests
{
    private static readonly PolicyDocumentFormat<EducationPolicy> Format = EducationPolicyDocument.Format;

    [Fact]
    public void An_unreachable_attendance_is_refused_at_the_row_s_attendance()
    {
        var document = Default();
        Schedule(document)[1]!["attendance"] = "> 1/1";

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        var failure = Assert.Single(error.Errors);
        Assert.Equal("$.versions[0].figures.schedule[1].attendance", failure.PropertyName);
        Assert.Equal(EducationErrorCodes.AttendanceUnreachable, failure.ErrorCode);
    }

    [Fact]
    public void A_second_row_for_one_activity_is_refused_at_that_row()
    {
        var document = Default();
        Schedule(document)[3]!["kind"] = Schedule(document)[2]!["kind"]!.GetValue<string>();

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        var failure = Assert.Single(error.Errors);
        Assert.Equal("$.versions[0].figures.schedule[3]", failure.PropertyName);
        Assert.Equal(EducationErrorCodes.RequirementDuplicate, failure.ErrorCode);
    }

    [Theory]
    [InlineData("Province")]
    [InlineData("Townships")]
    public void An_unknown_organization_kind_is_malformed_at_its_index(string kind)
    {
        var document = Default();
        Schedule(document)[2]!["organizationKinds"]![1] = kind;

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        var failure = Assert.Single(error.Errors);
        Assert.Equal("$.versions[0].figures.schedule[2].organizationKinds[1]", failure.PropertyName);
        Assert.Equal(PolicyErrorCodes.ValueMalformed, failure.ErrorCode);
    }

    [Fact]
    public void A_half_day_longer_than_a_day_is_refused_with_the_validator_s_code()
    {
        var document = Default();
        document["versions"]![0]!["figures"]!["hoursPerHalfDay"] = 9;

        var error = Assert.Throws<InvalidInputException>(() => Format.Read(document.ToJsonString()));

        var failure = Assert.Single(error.Errors);
        Assert.Equal("$.versions[0].figures.hoursPerHalfDay", failure.PropertyName);
        Assert.Equal(EducationErrorCodes.PolicyHoursOutOfRange, failure.ErrorCode);
    }

    [Fact]
    public void An_empty_schedule_and_a_row_for_every_kind_read_back_as_written()
    {
        var document = Default();
        var schedule = Schedule(document);
        while (schedule.Count > 1)
        {
            schedule.RemoveAt(1);
        }

        schedule[0]!["organizationKinds"] = new JsonArray();
        schedule[0]!["onlyWithCommittee"] = true;
        var second = document["versions"]![0]!.DeepClone();
        second["label"] = "空表";
        second["effectiveFrom"] = "2030-01-01";
        second["figures"]!["schedule"] = new JsonArray();
        document["versions"]!.AsArray().Add(second);

        var set = Format.Read(document.ToJsonString());

        var row = Assert.Single(set.Versions[0].Policy.Schedule);
        Assert.Equal(new ActivityRequirement(ActivityKind.CentralGroupStudy, SchedulePeriod.Month, default) { OnlyWithCommittee = true }, row);
        Assert.Empty(row.OrganizationKinds);
        Assert.Empty(set.Versions[1].Policy.Schedule);
        Assert.Equal(set.Versions[1].Policy with { Schedule = EducationPolicy.Default.Schedule }, EducationPolicy.Default);
    }

    [Fact]
    public void The_default_schedule_reads_back_with_its_organization_kinds_in_order()
    {
        var policy = Format.Read(Format.ShippedDocument("default")).Versions[0].Policy;

        var members = policy.Schedule.Single(r => r.Kind == ActivityKind.MembersMeeting);
        Assert.Equal(
            [OrganizationKind.Village, OrganizationKind.Community, OrganizationKind.Enterprise, OrganizationKind.Agency, OrganizationKind.Migrant, OrganizationKind.Joint],
            members.OrganizationKinds);
        Assert.Equal(RatioThreshold.MoreThan(1, 2), members.Attendance);
    }

    private static JsonNode Default() => JsonNode.Parse(Format.ShippedDocument("default"))!;

    private static JsonArray Schedule(JsonNode document) => document["versions"]![0]!["figures"]!["schedule"]!.AsArray();
}
