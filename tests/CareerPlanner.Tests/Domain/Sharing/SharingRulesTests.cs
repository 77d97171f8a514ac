
namespace CareerPlanner.Tests.Domain.Sharing;

public sealed class SharingRulesTests
{
    private static readonly DateTimeOffset Now = PlanBuilder.Now;
    private static readonly string Hash = new('a', 64);

    [Fact]
    public void ShareLink_IsActiveUntilItExpires()
    {
        var plan = new PlanBuilder().Build();
        var link = plan.ShareWith(Hash, new ShareLinkInput("Dana", Now.AddDays(30), true, true), Now);

        Assert.Equal(ShareLinkStatus.Active, link.StatusAt(Now.AddDays(29)));
        Assert.Equal(ShareLinkStatus.Expired, link.StatusAt(Now.AddDays(30)));
    }

    [Fact]
    public void ShareLink_WithAnExpiryInThePast_OrNoLabel_IsRefused()
    {
        var plan = new PlanBuilder().Build();

        Assert.Equal("ExpiresAt", Assert.Throws<DomainRuleException>(() =>
            plan.ShareWith(Hash, new ShareLinkInput("Dana", Now.AddMinutes(-1), true, true), Now)).Field);
        Assert.Equal("Label", Assert.Throws<DomainRuleException>(() =>
            plan.ShareWith(Hash, new ShareLinkInput(" ", null, true, true), Now)).Field);
    }

    [Fact]
    public void MentorComment_ThroughAnExpiredLink_OrWhereCommentsAreOff_IsRefused()
    {
        var plan = new PlanBuilder().Build();
        var expiring = plan.ShareWith(Hash, new ShareLinkInput("Dana", Now.AddDays(1), true, true), Now);
        var readOnly = plan.ShareWith(new string('b', 64), new ShareLinkInput("Sam", null, false, false), Now);

        Assert.Throws<DomainRuleException>(() => plan.AddMentorComment(expiring, PlanStep.GapAnalysis, "Dana", "Hi", Now.AddDays(2)));
        Assert.Throws<DomainRuleException>(() => plan.AddMentorComment(readOnly, PlanStep.GapAnalysis, "Sam", "Hi", Now));

        var comment = plan.AddMentorComment(expiring, PlanStep.GapAnalysis, "Dana", "Prioritisation is the real gap.", Now);
        Assert.Equal("Dana", comment.AuthorName);
        Assert.Single(plan.MentorComments);
    }

    [Fact]
    public void MentorRating_OfTheSameRequirementThroughTheSameLink_ReplacesTheEarlierOne()
    {
        var plan = new PlanBuilder().WithRequirement("Stakeholder management", SkillLevel.Proficient).Build();
        var link = plan.ShareWith(Hash, new ShareLinkInput("Dana", null, true, true), Now);
        var requirement = plan.Requirements[0].Id;

        plan.RateRequirement(link, requirement, SkillLevel.Competent, Now);
        plan.RateRequirement(link, requirement, SkillLevel.Proficient, Now);

        Assert.Equal(SkillLevel.Proficient, plan.MentorRatings.Single().Level);
        Assert.Throws<DomainRuleException>(() => plan.RateRequirement(link, requirement, (SkillLevel)6, Now));
    }

    [Fact]
    public void MentorActions_DoNotMakeThePlannersOpenFormsStale()
    {
        var plan = new PlanBuilder().WithRequirement("Roadmapping", SkillLevel.Proficient).Build();
        var link = plan.ShareWith(Hash, new ShareLinkInput("Dana", null, true, true), Now);
        var version = plan.Version;

        plan.AddMentorComment(link, PlanStep.SelfAssessment, "Dana", "Good start", Now);
        plan.RateRequirement(link, plan.Requirements[0].Id, SkillLevel.Novice, Now);

        Assert.Equal(version, plan.Version);
    }

    [Fact]
    public void RevokedLink_StaysRevoked()
    {
        var plan = new PlanBuilder().Build();
        var link = plan.ShareWith(Hash, new ShareLinkInput("Dana", null, true, true), Now);

        plan.RevokeLink(link.Id, Now);

        Assert.Equal(ShareLinkStatus.Revoked, link.StatusAt(Now));
        Assert.Throws<DomainRuleException>(() => plan.AddMentorComment(link, PlanStep.Goals, "Dana", "x", Now));
    }
}
