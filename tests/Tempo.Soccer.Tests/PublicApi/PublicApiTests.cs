using Tempo.Testing.PublicApi;

namespace Tempo.Soccer.Tests.PublicApi;

/// <summary>The public surface of Tempo.Soccer against the approved text beside this file: a change to it is a reviewed diff.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void TempoSoccer_PublicApi_IsTheApprovedOne() =>
        Assert.Null(ApprovedPublicApi.Compare(typeof(PlayFile).Assembly, "tests/Tempo.Soccer.Tests/PublicApi"));
}
