using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Tempo.Async.Analyzers;

/// <summary>
/// The ticks of a TimeSpan written as a constant at the call: <c>TimeSpan.FromMilliseconds(1.5)</c>,
/// <c>TimeSpan.FromSeconds(0, 1, 500)</c>, <c>TimeSpan.FromTicks(15_000)</c>, <c>new TimeSpan(15_000)</c>,
/// <c>new TimeSpan(0, 0, 0, 0, 1, 500)</c>. Each argument counts in the unit its parameter is named after (the
/// double overloads' <c>value</c> in the unit the method is named after).
/// </summary>
internal static class ConstantTimeSpan
{
    public const long TicksPerMillisecond = 10_000;

    public static double? Ticks(IOperation operation, KnownTypes known)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }
        return operation switch
        {
            IInvocationOperation { TargetMethod: { IsStatic: true } method } call when KnownTypes.Is(method.ContainingType, known.TimeSpan)
                && method.Name.StartsWith("From", StringComparison.Ordinal) => Sum(call.Arguments, method.Name.Substring("From".Length)),
            IObjectCreationOperation creation when KnownTypes.Is(creation.Type, known.TimeSpan) => Sum(creation.Arguments, null),
            _ => null,
        };
    }

    private static double? Sum(IEnumerable<IArgumentOperation> arguments, string? methodUnit)
    {
        double ticks = 0;
        foreach (var argument in arguments)
        {
            var name = argument.Parameter?.Name;
            var unit = TicksPer(name == "value" ? methodUnit : name);
            if (unit is null || !argument.Value.ConstantValue.HasValue)
            {
                return null;
            }
            double value;
            switch (argument.Value.ConstantValue.Value)
            {
                case double d: value = d; break;
                case float f: value = f; break;
                case int i: value = i; break;
                case long l: value = l; break;
                default: return null;
            }
            ticks += value * unit.Value;
        }
        return Math.Truncate(ticks);
    }

    private static double? TicksPer(string? unit) => unit?.ToLowerInvariant() switch
    {
        "days" => 864_000_000_000,
        "hours" => 36_000_000_000,
        "minutes" => 600_000_000,
        "seconds" => 10_000_000,
        "milliseconds" => TicksPerMillisecond,
        "microseconds" => 10,
        "ticks" => 1,
        _ => null,
    };
}
