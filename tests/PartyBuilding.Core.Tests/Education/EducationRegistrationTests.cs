using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Core.Education;

namespace PartyBuilding.Core.Tests.Education;

public sealed class EducationRegistrationTests
{
    [Fact]
    public void AddPartyBuilding_registers_the_assessors_the_policy_and_the_validators()
    {
        using var provider = new ServiceCollection().AddPartyBuilding().BuildServiceProvider();

        Assert.IsType<ScheduleComplianceAssessor>(provider.GetRequiredService<IScheduleComplianceAssessor>());
        Assert.IsType<TrainingHoursAssessor>(provider.GetRequiredService<ITrainingHoursAssessor>());
        Assert.Same(EducationPolicy.Default, provider.GetRequiredService<EducationPolicy>());
        Assert.NotNull(provider.GetRequiredService<PolicySet<EducationPolicy>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<EducationPolicy>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<ScheduleProfile>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<ActivityRecord>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<TrainingRecord>>());
    }

    [Fact]
    public void AddPartyBuilding_refuses_an_inconsistent_education_policy_naming_the_version()
    {
        var error = Assert.Throws<InvalidInputException>(() => new ServiceCollection().AddPartyBuilding(o =>
            o.Education = PolicySet.Of(EducationPolicy.Default with { MemberHoursPerYear = -1 }, "bad")));

        Assert.Equal(["Education[bad].MemberHoursPerYear"], error.Errors.Select(e => e.PropertyName));
        Assert.Equal([EducationErrorCodes.PolicyHoursOutOfRange], error.Codes);
    }
}
