namespace Conoceles.Application.Statistics;

public sealed class StatisticsOptions
{
    public const string SectionName = "Statistics";

    /// <summary>Cells below this count that hold a non-public answer are suppressed (DOMAIN.md 7).</summary>
    public int SuppressionThreshold { get; set; } = 5;
}
