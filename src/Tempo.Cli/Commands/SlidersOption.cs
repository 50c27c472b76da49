using System.CommandLine;
using Tempo.Chess;

namespace Tempo.Cli.Commands;

/// <summary>
/// The `--sliders pext|magic` option of the perft commands: chooses how sliding attacks are looked up for this
/// process (<see cref="SliderLookups"/>), so the two can be measured side by side.
/// </summary>
public static class SlidersOption
{
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--sliders")
        {
            Description = "Sliding-attack lookup: pext (default on BMI2 CPUs) or magic. Chosen once per process.",
        };
        option.AcceptOnlyFromAmong("pext", "magic");
        return option;
    }

    /// <summary>Makes the process use the lookup asked for, before the first position is made; the one in use when none is asked.</summary>
    public static SliderLookup Apply(ParseResult parse, Option<string?> option)
    {
        var text = parse.GetValue(option);
        if (text == null)
        {
            return SliderLookups.InUse;
        }
        var wanted = SliderLookups.Parse(text)!.Value;
        if (wanted == SliderLookup.Pext && !SliderLookups.PextSupported)
        {
            throw new InputException("--sliders pext: this CPU has no BMI2 instructions; use magic");
        }
        AppContext.SetData(SliderLookups.ConfigurationName, text.ToLowerInvariant());
        if (SliderLookups.InUse != wanted)
        {
            throw new InputException($"--sliders {text}: this process already uses {SliderLookups.InUse.Name()} (the lookup is chosen once, before the first position)");
        }
        return wanted;
    }
}
