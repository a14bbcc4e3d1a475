namespace Conoceles.Bench.Seeder;

using System.Globalization;

/// <summary>
/// --rows, --chunk, --seed, --manifest and --targets; any other argument goes to configuration.
/// </summary>
public sealed record SeedOptions
{
    public int Rows { get; private init; } = 100_000;

    public int ChunkSize { get; private init; } = 10_000;

    public int RandomSeed { get; private init; } = 2027;

    public string? Manifest { get; private init; }

    public string TargetsFile { get; private init; } = "bench-targets.env";

    public string[] Remaining { get; private init; } = [];

    public static SeedOptions Parse(string[] args)
    {
        var options = new SeedOptions();
        var remaining = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var next = options.With(args[i], i + 1 < args.Length ? args[i + 1] : null);
            if (next is null)
                remaining.Add(args[i]);
            else
                (options, i) = (next, i + 1);
        }

        return options with { Remaining = [.. remaining] };
    }

    private SeedOptions? With(string name, string? value) => name switch
    {
        "--rows" => this with { Rows = Number(value) },
        "--chunk" => this with { ChunkSize = Number(value) },
        "--seed" => this with { RandomSeed = Number(value) },
        "--manifest" => this with { Manifest = value ?? throw new ArgumentException("--manifest needs a path") },
        "--targets" => this with { TargetsFile = value ?? throw new ArgumentException("--targets needs a path") },
        _ => null,
    };

    private static int Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"expected a positive number, got '{value}'");
}
