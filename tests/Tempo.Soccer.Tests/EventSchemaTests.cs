using System.Text.Json;

namespace Tempo.Soccer.Tests;

/// <summary>
/// events.json, field by field, against its documentation in the README (<c>tempo soccer run</c>): every event has
/// only documented fields, with the documented types, for the concurrent and the sequential play. As in StatsBomb's
/// data, <c>relatedEvents</c>, <c>underPressure</c> and <c>details</c> are left out of some events.
/// </summary>
public sealed class EventSchemaTests
{
    private static readonly string[] EventFields =
        ["index", "second", "timestamp", "type", "possession", "playPattern", "team", "player", "location", "text"];

    /// <summary>Fields that not every event has (the pass or shot object only on passes and shots).</summary>
    private static readonly string[] SometimesFields = ["relatedEvents", "underPressure", "details", "pass", "shot",
        // An event's own outcome, e.g. of a receipt, a dribble or the keeper's dive.
        "outcome"];

    private static readonly string[] PassFields = ["endLocation", "length", "angle", "height", "recipient", "speed", "duration", "outcome"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_event_has_the_documented_fields_and_types(bool sequential)
    {
        using var doc = JsonDocument.Parse(PlayJson.Events(BookPlay.Run(new RunOptions { Sequential = sequential })));
        var events = doc.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(events);
        var indexes = new HashSet<int>();
        foreach (var e in events)
        {
            var names = e.EnumerateObject().Select(p => p.Name).ToList();
            var undocumented = names.Except(EventFields).Except(SometimesFields).ToList();
            Assert.True(undocumented.Count == 0, $"undocumented fields {string.Join(", ", undocumented)} in {e}");
            Assert.False(names.Contains("pass") && names.Contains("shot"), $"a pass and a shot in one event: {e}");
            Assert.Empty(EventFields.Except(names));

            var index = e.GetProperty("index").GetInt32();
            Assert.True(indexes.Add(index), $"index {index} twice");
            var second = e.GetProperty("second").GetDouble();
            Assert.InRange(second, 0, 600);
            Assert.Matches(@"^\d\d:\d\d:\d\d\.\d\d\d$", e.GetProperty("timestamp").GetString());
            Assert.False(string.IsNullOrEmpty(e.GetProperty("type").GetString()));
            Assert.True(e.GetProperty("possession").GetInt32() >= 1);
            Assert.False(string.IsNullOrEmpty(e.GetProperty("playPattern").GetString()));
            Assert.False(string.IsNullOrEmpty(e.GetProperty("team").GetString()));
            Assert.True(e.GetProperty("player").ValueKind is JsonValueKind.Number or JsonValueKind.Null, $"player {e.GetProperty("player")}");
            AssertOnPitch(e.GetProperty("location"));
            if (e.TryGetProperty("relatedEvents", out var related))
            {
                Assert.NotEqual(0, related.GetArrayLength());
                Assert.All(related.EnumerateArray(), r => Assert.Equal(JsonValueKind.Number, r.ValueKind));
            }
            if (e.TryGetProperty("underPressure", out var pressure))
            {
                Assert.True(pressure.ValueKind is JsonValueKind.True or JsonValueKind.False, $"underPressure {pressure}");
            }
            Assert.False(string.IsNullOrEmpty(e.GetProperty("text").GetString()));
            if (e.TryGetProperty("details", out var details))
            {
                Assert.Equal(JsonValueKind.Object, details.ValueKind);
                Assert.NotEmpty(details.EnumerateObject());
            }
            if (e.TryGetProperty("pass", out var pass))
            {
                Assert.Equal("Pass", e.GetProperty("type").GetString());
                Assert.Equal(PassFields.Order(StringComparer.Ordinal), pass.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
                AssertOnPitch(pass.GetProperty("endLocation"));
                Assert.True(pass.GetProperty("length").GetDouble() > 0);
                Assert.InRange(pass.GetProperty("angle").GetDouble(), -Math.PI - 1e-9, Math.PI + 1e-9);
                Assert.False(string.IsNullOrEmpty(pass.GetProperty("height").GetString()));
                Assert.True(pass.GetProperty("recipient").ValueKind is JsonValueKind.Number or JsonValueKind.Null);
                Assert.True(pass.GetProperty("speed").GetDouble() > 0);
                Assert.True(pass.GetProperty("duration").GetDouble() > 0);
                Assert.False(string.IsNullOrEmpty(pass.GetProperty("outcome").GetString()));
            }
            if (e.TryGetProperty("shot", out var shot))
            {
                Assert.Equal(JsonValueKind.Object, shot.ValueKind);
            }
        }
        // Related events point at events of the same log.
        Assert.All(events.Where(e => e.TryGetProperty("relatedEvents", out _)).SelectMany(e => e.GetProperty("relatedEvents").EnumerateArray()),
            r => Assert.Contains(r.GetInt32(), indexes));
        Assert.Contains(events, e => e.TryGetProperty("pass", out _));
        Assert.Contains(events, e => e.TryGetProperty("shot", out _) || sequential);
    }

    private static void AssertOnPitch(JsonElement location)
    {
        Assert.Equal(2, location.GetArrayLength());
        // Metres on the 105 x 68 pitch (a ball out of play may be a little beyond a line).
        Assert.InRange(location[0].GetDouble(), -5, 110);
        Assert.InRange(location[1].GetDouble(), -5, 73);
    }
}
