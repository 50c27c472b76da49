namespace Tempo.Soccer.Model;

/// <summary>
/// A Law 11 judgement about one attacker at the moment a teammate plays the ball, with the
/// x positions that justify it (x grows towards the goal the attack plays towards).
/// </summary>
public readonly record struct OffsideCall(
    bool Offside,
    string Reason,
    double PlayerX,
    double BallX,
    double SecondLastOpponentX,
    int SecondLastOpponentNumber);
