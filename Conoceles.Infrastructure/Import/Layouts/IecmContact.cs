namespace Conoceles.Infrastructure.Import.Layouts;

using System.Text.RegularExpressions;
using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Mapping;
using Conoceles.Infrastructure.Import.Tabular;

/// <summary>IECM's contact: one column per social network, each value kept as published.</summary>
internal static partial class IecmContact
{
    private static readonly (string Column, SocialNetwork Network)[] Networks =
    [
        ("Facebook", SocialNetwork.Facebook), ("X(Twitter)", SocialNetwork.X),
        ("Youtube", SocialNetwork.YouTube), ("Instagram", SocialNetwork.Instagram),
        ("Tiktok", SocialNetwork.TikTok), ("Otra", SocialNetwork.Other),
    ];

    public static Contact Build(ImportSession session, RowView row)
    {
        var links = new List<SocialLink>();
        foreach (var (column, network) in Networks)
        {
            if (row.Text(column) is not { } value)
                continue;

            // An e-mail in a network column is kept where it was published, not guessed into
            // the e-mails; the warning lets the institute correct it.
            if (EmailLike().IsMatch(value))
                session.Warn(row.Number, $"{column} holds an e-mail address; kept as the {column} value");

            links.Add(new SocialLink(network, value));
        }

        return ContactBuilder.Build(
            row.Text("DIRECCION_CASA_CAMPAÑA"), row.Text("TELEFONO"), row.Text("CORREO_ELECTRONICO"),
            row.Text("PAGINA_WEB"), links);
    }

    [GeneratedRegex(@"^[^@\s/]+@[^@\s/]+\.[a-z]{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex EmailLike();
}
