using BenchmarkDotNet.Attributes;
using Tempo.Chess;

namespace Tempo.Bench.Chess;

/// <summary>
/// Does move generation, make/unmake, check generation and SAN allocate, and what does each cost on Kiwipete?
/// Run: dotnet run -c Release --project bench/Tempo.Bench -- --filter '*MoveGenerationBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class MoveGenerationBenchmarks
{
    private readonly Move[] _moves = new Move[Position.MaxMoves];
    private readonly Move[] _replies = new Move[Position.MaxMoves];
    private Position _position = null!;
    private int _count;

    [GlobalSetup]
    public void Setup()
    {
        _position = Position.Parse("r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1");
        _count = _position.GenerateLegalMoves(_moves);
    }

    /// <summary>48 legal moves.</summary>
    [Benchmark]
    public int GenerateLegalMoves() => _position.GenerateLegalMoves(_moves);

    /// <summary>Each of the 48 moves made, the replies generated, and unmade.</summary>
    [Benchmark]
    public int MakeGenerateUnmakeAll()
    {
        var total = 0;
        for (var i = 0; i < _count; i++)
        {
            _position.MakeMove(_moves[i]);
            total += _position.GenerateLegalMoves(_replies);
            _position.UnmakeMove();
        }
        return total;
    }

    [Benchmark]
    public int GenerateLegalChecks() => _position.GenerateLegalChecks(_replies);

    [Benchmark]
    public bool HasLegalMove() => _position.HasLegalMove();
}
