namespace Conoceles.Application.Imports;

public sealed record ImportWarning(string File, int Row, string Reason)
{
    public override string ToString() => $"{File}:{Row}: {Reason}";
}
