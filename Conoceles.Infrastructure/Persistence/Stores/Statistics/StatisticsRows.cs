namespace Conoceles.Infrastructure.Persistence.Stores.Statistics;

using Conoceles.Application.Statistics;

// Settable classes rather than positional records: SQLite reads every integer as Int64, and
// Dapper converts property values but will not match a constructor taking int.
internal sealed class StatusCountRow
{
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public int ActorOrder { get; set; }
    public string? Office { get; set; }
    public int Registered { get; set; }
    public int Captured { get; set; }
    public int Published { get; set; }

    public StatusCount ToCount() => new(ActorId, ActorName, ActorOrder, Office, Registered, Captured, Published);
}

internal sealed class ProfileCountRow
{
    public string Sex { get; set; } = "";
    public int? Age { get; set; }
    public string? Education { get; set; }
    public int Count { get; set; }

    public ProfileCount ToCount() => new(Sex, Age, Education, Count);
}

internal sealed class IdentityCountRow
{
    public int Question { get; set; }
    public string Answer { get; set; } = "";
    public int Count { get; set; }
    public int NotPublic { get; set; }

    public IdentityCount ToCount() => new(Question, Answer, Count, NotPublic);
}
