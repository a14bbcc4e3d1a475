namespace Conoceles.Api.Cli;

/// <summary>Positional arguments and --name value pairs; anything else goes to configuration.</summary>
public sealed class CliOptions
{
    private static readonly HashSet<string> Known =
        ["layout", "process", "process-name", "state", "time-zone", "publisher", "office", "seed-dir"];

    private readonly List<string> _positional = [];
    private readonly Dictionary<string, string> _values = [];

    public string[] Remaining { get; private set; } = [];

    public static CliOptions Parse(string[] args)
    {
        var options = new CliOptions();
        var remaining = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (name is not null && Known.Contains(name))
            {
                if (i + 1 >= args.Length)
                    throw new CliException($"--{name} needs a value.");
                options._values[name] = args[++i];
            }
            else if (name is not null)
                remaining.AddRange(args.Skip(i).Take(2));
            else
                options._positional.Add(args[i]);

            if (name is not null && !Known.Contains(name))
                i++;
        }

        options.Remaining = remaining.ToArray();
        return options;
    }

    public string Positional(int index, string name) =>
        index < _positional.Count ? _positional[index] : throw new CliException($"{name} is required.");

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public string Required(string name) => Value(name) ?? throw new CliException($"--{name} is required.");
}

public sealed class CliException(string message) : Exception(message);
