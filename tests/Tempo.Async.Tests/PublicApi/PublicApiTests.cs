using Tempo.Testing.PublicApi;
using Tempo.Timeline;

namespace Tempo.Async.Tests.PublicApi;

/// <summary>
/// The public surface of Tempo.Async and Tempo.Timeline against the approved text beside this file: any change to
/// it fails here with a diff, so that it is a reviewed change.
/// </summary>
public sealed class PublicApiTests
{
    private const string Folder = "tests/Tempo.Async.Tests/PublicApi";

    [Fact]
    public void TempoAsync_PublicApi_IsTheApprovedOne() => Assert.Null(ApprovedPublicApi.Compare(typeof(Simulation).Assembly, Folder));

    [Fact]
    public void TempoTimeline_PublicApi_IsTheApprovedOne() => Assert.Null(ApprovedPublicApi.Compare(typeof(Trace).Assembly, Folder));
}
