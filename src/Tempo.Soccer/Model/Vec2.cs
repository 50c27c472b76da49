namespace Tempo.Soccer.Model;

/// <summary>A point or vector on the pitch, in metres.</summary>
public readonly record struct Vec2(double X, double Y)
{
    /// <summary>The origin, or the zero vector.</summary>
    public static Vec2 Zero => default;

    /// <summary>The vector's length, in metres.</summary>
    public double Length => Math.Sqrt((X * X) + (Y * Y));

    /// <summary>The sum of two vectors.</summary>
    public static Vec2 operator +(Vec2 a, Vec2 b) => new(a.X + b.X, a.Y + b.Y);

    /// <summary>The difference of two vectors.</summary>
    public static Vec2 operator -(Vec2 a, Vec2 b) => new(a.X - b.X, a.Y - b.Y);

    /// <summary>The vector scaled by <paramref name="k"/>.</summary>
    public static Vec2 operator *(Vec2 a, double k) => new(a.X * k, a.Y * k);

    /// <summary>The vector scaled by <paramref name="k"/>.</summary>
    public static Vec2 operator *(double k, Vec2 a) => new(a.X * k, a.Y * k);

    /// <summary>The distance to another point, in metres.</summary>
    public double DistanceTo(Vec2 other) => (this - other).Length;

    /// <summary>The dot product.</summary>
    public double Dot(Vec2 other) => (X * other.X) + (Y * other.Y);

    /// <summary>The unit vector in this direction, or zero for the zero vector.</summary>
    public Vec2 Normalized()
    {
        var length = Length;
        return length < 1e-12 ? Zero : new Vec2(X / length, Y / length);
    }

    /// <summary>"(x, y)" with one decimal, invariant culture.</summary>
    public override string ToString() => FormattableString.Invariant($"({X:0.0}, {Y:0.0})");

    /// <summary>Reads back what <see cref="ToString"/> writes: "(x, y)".</summary>
    public static bool TryParse(string text, out Vec2 point)
    {
        point = default;
        if (text is not ['(', .., ')'])
        {
            return false;
        }
        var parts = text[1..^1].Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x)
            && double.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var y))
        {
            point = new Vec2(x, y);
            return true;
        }
        return false;
    }
}
