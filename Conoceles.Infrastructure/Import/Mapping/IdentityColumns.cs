namespace Conoceles.Infrastructure.Import.Mapping;

using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Tabular;
using Conoceles.Infrastructure.Import.Vocabulary;

/// <summary>
/// Reads the twenty identity questions from the columns whose header starts with the
/// question's number, whatever each institute's wording.
/// </summary>
internal static class IdentityColumns
{
    public const int Questions = 20;

    public static bool Present(HeaderMap columns) =>
        Enumerable.Range(1, Questions).Any(q => columns.FindNumbered(q) >= 0);

    /// <summary>Every answer given; none where every cell is blank or a single space.</summary>
    public static IReadOnlyList<IdentityAnswer> Read(RowView row, ImportVocabulary vocabulary)
    {
        var answers = new List<IdentityAnswer>();
        for (var question = 1; question <= Questions; question++)
        {
            if (row.Numbered(question) is not { } text)
                continue;

            answers.Add(new IdentityAnswer(question, vocabulary.Answer(text) ?? text, null));
        }

        return answers;
    }
}
