namespace Tempo.Soccer.Actions;

/// <summary>One step of a scripted player's line of control; a play file's <c>actions</c> list holds these.</summary>
public abstract record PlayAction
{
    /// <summary>A short description for timelines, e.g. "run to (80.0, 58.0)".</summary>
    public abstract string Describe();
}
