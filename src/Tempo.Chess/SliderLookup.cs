using System.Runtime.Intrinsics.X86;

namespace Tempo.Chess;

/// <summary>How sliding pieces' attacks are looked up: PEXT (BMI2) or fancy magic bitboards. Both give the same answers.</summary>
public enum SliderLookup
{
    /// <summary>Parallel bit extract; the default on CPUs with BMI2.</summary>
    Pext,

    /// <summary>Fancy magic bitboards; the default on CPUs without BMI2.</summary>
    Magic,
}

/// <summary>
/// The slider lookup of this process. It is chosen once, before the first position is made, from the runtime
/// configuration option <see cref="ConfigurationName"/> ("magic" or "pext"); the JIT then folds the choice into the
/// move generator as a constant, which is why it is a process setting and not a per-call argument.
/// </summary>
public static class SliderLookups
{
    /// <summary>
    /// The runtime configuration option read once at start-up: set it with <c>AppContext.SetData</c> before any
    /// position is made, or in runtimeconfig.json (MSBuild <c>RuntimeHostConfigurationOption</c>).
    /// </summary>
    public const string ConfigurationName = "Tempo.Chess.SliderLookup";

    /// <summary>True when this CPU can use <see cref="SliderLookup.Pext"/>.</summary>
    public static bool PextSupported => Bmi2.X64.IsSupported;

    /// <summary>The lookup the move generator of this process uses.</summary>
    public static SliderLookup InUse => Attacks.UsePext ? SliderLookup.Pext : SliderLookup.Magic;

    /// <summary>Parses "pext" or "magic" (any case); null when the text is neither.</summary>
    public static SliderLookup? Parse(string text) => text.ToLowerInvariant() switch
    {
        "pext" => SliderLookup.Pext,
        "magic" => SliderLookup.Magic,
        _ => null,
    };

    /// <summary>The lowercase name used on the command line and in JSON.</summary>
    public static string Name(this SliderLookup lookup) => lookup == SliderLookup.Pext ? "pext" : "magic";
}
