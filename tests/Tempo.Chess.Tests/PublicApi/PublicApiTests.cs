using Tempo.Testing.PublicApi;

namespace Tempo.Chess.Tests.PublicApi;

/// <summary>The public surface of Tempo.Chess against the approved text beside this file: a change to it is a reviewed diff.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void TempoChess_PublicApi_IsTheApprovedOne() =>
        Assert.Null(ApprovedPublicApi.Compare(typeof(Position).Assembly, "tests/Tempo.Chess.Tests/PublicApi"));
}
