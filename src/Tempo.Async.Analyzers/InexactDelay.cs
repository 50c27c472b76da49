using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Tempo.Async.Analyzers;

/// <summary>
/// TEMPO010: a constant delay that is not a whole number of milliseconds given to an API that converts it to whole
/// milliseconds before the TimeProvider sees it: <c>Task.Delay(TimeSpan, TimeProvider)</c> and
/// <c>task.WaitAsync(TimeSpan, TimeProvider)</c> truncate it, <c>new PeriodicTimer(TimeSpan, TimeProvider)</c> refuses
/// a period under one millisecond. The simulation never sees the fraction, so only the compiler can say so.
/// </summary>
internal static class InexactDelay
{
    /// <summary>The delay's text and what .NET does with it, when <paramref name="invocation"/> loses part of a constant delay.</summary>
    public static (string Delay, string Consequence)? OfInvocation(IInvocationOperation invocation, KnownTypes known)
    {
        var method = invocation.TargetMethod;
        var truncates = (method.Name == "Delay" && KnownTypes.Is(method.ContainingType, known.Task))
            || (method.Name == "WaitAsync" && known.IsTask(method.ContainingType));
        if (!truncates || !TakesTimeProvider(invocation.Arguments, known))
        {
            return null;
        }
        var delay = invocation.Arguments.FirstOrDefault(a => KnownTypes.Is(a.Parameter?.Type, known.TimeSpan));
        if (delay is null || ConstantTimeSpan.Ticks(delay.Value, known) is not { } ticks || ticks <= 0 || ticks % ConstantTimeSpan.TicksPerMillisecond == 0)
        {
            return null;
        }
        var whole = Math.Floor(ticks / ConstantTimeSpan.TicksPerMillisecond);
        return (Milliseconds(ticks), $"truncates it to {whole.ToString(CultureInfo.InvariantCulture)} ms");
    }

    /// <summary>The period's text and what .NET does with it, when <paramref name="creation"/> makes a PeriodicTimer under one millisecond.</summary>
    public static (string Delay, string Consequence)? OfCreation(IObjectCreationOperation creation, KnownTypes known)
    {
        if (!KnownTypes.Is(creation.Type, known.PeriodicTimer) || !TakesTimeProvider(creation.Arguments, known))
        {
            return null;
        }
        var period = creation.Arguments.FirstOrDefault(a => KnownTypes.Is(a.Parameter?.Type, known.TimeSpan));
        if (period is null || ConstantTimeSpan.Ticks(period.Value, known) is not { } ticks || ticks <= 0 || ticks >= ConstantTimeSpan.TicksPerMillisecond)
        {
            return null;
        }
        return (Milliseconds(ticks), "refuses a period under 1 ms (ArgumentOutOfRangeException)");
    }

    private static bool TakesTimeProvider(IEnumerable<IArgumentOperation> arguments, KnownTypes known) =>
        arguments.Any(a => KnownTypes.Is(a.Parameter?.Type, known.TimeProvider));

    private static string Milliseconds(double ticks) =>
        (ticks / ConstantTimeSpan.TicksPerMillisecond).ToString("0.####", CultureInfo.InvariantCulture) + " ms";
}
