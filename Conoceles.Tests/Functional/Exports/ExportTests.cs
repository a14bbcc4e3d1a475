namespace Conoceles.Tests.Functional.Exports;

using System.Net;
using System.Globalization;
using System.Text;
using Conoceles.Application.Exports;
using Conoceles.Application.Imports;
using MiniExcelLibs;

public sealed class ExportTests(string provider) : ApiTestBase(provider)
{
    private const string Base = "/api/v1/exports";
    private string _secretId = "";

    [OneTimeSetUp]
    public async Task Seed() => _secretId = await OpenDataSeed.SeedAsync(Factory);

    [Test]
    public async Task ShouldWriteBomCrlfAndQuotedNewlinesWhenCsvIsExported()
    {
        var bytes = await BytesAsync($"{Base}/candidacies.csv?process={DemoData.ProcessKey}");

        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var header = text[..text.IndexOf("\r\n", StringComparison.Ordinal)];
        Assert.That(header.Split(','), Is.EqualTo(ConocelesColumns.All.Select(c => c.Name)));
        Assert.That(text, Does.Contain("ANA LUCÍA PEÑA ORTIZ"));
        Assert.That(text, Does.Contain("\"Primera línea, con coma\nsegunda línea con \"\"comillas\"\"\""));
        Assert.That(text.Replace("\r\n", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal),
            Does.Not.Contain("\r"));
    }

    [TestCase("candidacies.csv", "candidacies-demo-2027.csv")]
    [TestCase("candidacies.csv?layout=ine", "candidacies-demo-2027-ine.csv")]
    [TestCase("candidacies-identity.csv", "candidacies-identity-demo-2027-ine.csv")]
    [TestCase("candidacies.xlsx?layout=ine", "candidacies-demo-2027-ine.xlsx")]
    public async Task ShouldNameEachLayoutsDownloadApartWhenAProcessIsExported(string file, string expected)
    {
        var separator = file.Contains('?') ? '&' : '?';
        var response = await Client.GetAsync($"{Base}/{file}{separator}process={DemoData.ProcessKey}");

        Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo(expected));
    }

    [TestCase("candidacies.csv")]
    [TestCase("candidacies.csv?layout=ine")]
    public async Task ShouldReadBackOneRecordPerCandidacyWhenCellsHoldBareLineBreaks(string file)
    {
        var text = Encoding.UTF8.GetString(await BytesAsync($"{Base}/{file}"));
        using var reader = new CsvHelper.CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var records = new List<string[]>();
        while (await reader.ReadAsync())
            records.Add(reader.Parser.Record!);

        Assert.That(records, Has.Count.EqualTo(DemoData.Plan().Candidacies.Count + 1));
        Assert.That(records.Select(r => r.Length).Distinct(), Is.EqualTo(new[] { records[0].Length }));
        Assert.That(records.SelectMany(r => r), Does.Contain(OpenDataSeed.BareLines));
    }

    [Test]
    public async Task ShouldNeutraliseFormulaWhenCellStartsWithEquals()
    {
        var text = Encoding.UTF8.GetString(await BytesAsync($"{Base}/candidacies.csv"));

        Assert.That(text, Does.Contain("'=HYPERLINK"));
        Assert.That(text, Does.Not.Contain(",=HYPERLINK"));
        Assert.That(text, Does.Not.Contain(",\"=HYPERLINK"));
    }

    [Test]
    public async Task ShouldUseIneHeadersWhenLayoutIsIne()
    {
        var curricular = Lines(await BytesAsync($"{Base}/candidacies.csv?layout=ine"));
        var identity = Lines(await BytesAsync($"{Base}/candidacies-identity.csv"));

        Assert.That(curricular[0], Is.EqualTo("PARTIDO_COALICION,CARGO,ENTIDAD,DISTRITO LOCAL,CIRCUNSCRIPCION," +
            "MUNICIPIO,NUM_LISTA_O_FORMULA,NOMBRE_CANDIDATO,TIPO_CANDIDATO,EDAD,SEXO,DIRECCION_CASA_CAMPAÑA," +
            "TELEFONO,CORREO_ELECTRONICO,PAGINA_WEB,REDES,ESCOLARIDAD,ESTATUS_ESCOLARIDAD,CURSOS," +
            "HISTORIA_PROFESIONAL,TRAYECTORIA_POLITICA,MOTIVO_CARGO_PUBLICO,PROPUESTA_1,PROPUESTA_2,PROPUESTA_GENERO"));
        Assert.That(identity[0], Does.StartWith("PARTIDO_COALICION,CARGO,ENTIDAD,DISTRITOLOCAL,CIRCUNSCRIPCION,"));
        Assert.That(identity[0], Does.Contain("\"9. ¿Es usted una persona de la población LGBTTTIQ+ (Lesbiana"));
        Assert.That(identity[0], Does.EndWith("\"20. Entidad federativa de nacimiento: \""));
        Assert.That(curricular.Skip(1).First(), Does.Contain("DIPUTACIÓN LOCAL MR"));
    }

    [Test]
    public async Task ShouldShowNoPrivateAnswerWhenAnyPublicSurfaceIsRead()
    {
        string[] urls =
        [
            $"{Base}/candidacies.csv", $"{Base}/candidacies.csv?layout=ine", $"{Base}/candidacies-identity.csv",
            $"{Base}/candidacies.json", $"{Base}/candidacies.ndjson", $"/api/v1/candidacies/{_secretId}",
            "/api/v1/statistics",
        ];
        foreach (var url in urls)
        {
            var body = Encoding.UTF8.GetString(await BytesAsync(url));
            Assert.That(body, Does.Not.Contain(OpenDataSeed.SecretDetail), url);
        }

        var profile = await GetJsonAsync($"/api/v1/candidacies/{_secretId}");
        Assert.That(profile.GetProperty("identity").EnumerateArray().Select(a => a.GetProperty("question").GetInt32()),
            Is.EquivalentTo(new[] { 1, 16 }));
        foreach (var layout in new[] { "conoceles", "ine" })
        {
            using var xlsx = new MemoryStream(await BytesAsync($"{Base}/candidacies.xlsx?layout={layout}"));
            foreach (var sheet in xlsx.GetSheetNames())
            {
                var cells = xlsx.Query(sheetName: sheet).Cast<IDictionary<string, object?>>()
                    .SelectMany(r => r.Values).Select(v => v?.ToString() ?? "").ToList();
                Assert.That(cells, Has.None.Contains(OpenDataSeed.SecretDetail), sheet);
                Assert.That(cells, Has.Some.EqualTo("ANA LUCÍA PEÑA ORTIZ"), sheet);
            }
        }
    }

    [Test]
    public async Task ShouldWriteOneObjectPerCandidacyWhenJsonFormatsAreExported()
    {
        var json = System.Text.Json.JsonDocument.Parse(await BytesAsync($"{Base}/candidacies.json")).RootElement;
        var lines = Encoding.UTF8.GetString(await BytesAsync($"{Base}/candidacies.ndjson"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(json.GetArrayLength(), Is.EqualTo(12));
        Assert.That(lines, Has.Length.EqualTo(12));
        Assert.That(json[0].GetProperty("correos").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Array));
        Assert.That(lines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()),
            Is.EqualTo(json.EnumerateArray().Select(e => e.GetProperty("id").GetString())));
    }

    [Test]
    public async Task ShouldPutEachPublicAnswerInItsCandidacyRowWhenAnswersAreMerged()
    {
        var rows = Encoding.UTF8.GetString(await BytesAsync($"{Base}/candidacies.ndjson"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        string? Answer(System.Text.Json.JsonElement row, int q) => row.GetProperty($"identidad_{q:00}").GetString();

        var secret = rows.Single(r => r.GetProperty("id").GetString() == _secretId);
        var low = rows.Where(r => Answer(r, 18) == "Menos de $11,000").ToList();
        var middle = rows.Where(r => Answer(r, 18) == "DE $11,001 A $25,000").ToList();
        var none = rows.Where(r => Enumerable.Range(1, 20).All(q => Answer(r, q) is null)).ToList();

        Assert.That((Answer(secret, 1), Answer(secret, 9), Answer(secret, 16)),
            Is.EqualTo(("Sí", (string?)null, "No")));
        Assert.That(low.Select(r => (Answer(r, 1), Answer(r, 9))),
            Is.EqualTo(Enumerable.Repeat(("Sí", Domain.Candidacies.IdentityAnswer.PreferNotToSay), 2)));
        Assert.That(middle.Select(r => (Answer(r, 1), Answer(r, 9))), Is.EqualTo(Enumerable.Repeat(("No", "No"), 6)));
        Assert.That(none, Has.Count.EqualTo(rows.Count - 9));
    }

    [Test]
    public async Task ShouldAnswer304WhenIfNoneMatchHoldsCurrentETag()
    {
        var first = await Client.GetAsync($"{Base}/candidacies.csv");
        var etag = first.Headers.ETag!;
        Assert.That(first.Content.Headers.LastModified, Is.Not.Null);

        using var again = new HttpRequestMessage(HttpMethod.Get, $"{Base}/candidacies.csv");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await Client.SendAsync(again);
        var json = await Client.GetAsync($"{Base}/candidacies.json");

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(json.Headers.ETag, Is.Not.EqualTo(etag));
    }

    [TestCase("candidacies.csv?layout=excel", "layout")]
    [TestCase("candidacies.json?process=nope-1999", "process")]
    public async Task ShouldAnswer400WhenParameterIsInvalid(string path, string parameter) =>
        await Support.ProblemAssert.NamesParameterAsync(await Client.GetAsync($"{Base}/{path}"), parameter);

    [Test]
    public async Task ShouldDescribeEveryColumnWhenDictionaryAndDataPackageAreRead()
    {
        var dictionary = await GetJsonAsync($"{Base}/dictionary");
        var package = await GetJsonAsync($"{Base}/datapackage.json");

        var files = dictionary.GetProperty("items").EnumerateArray().ToList();
        Assert.That(files, Has.Count.EqualTo(3));
        Assert.That(files.SelectMany(f => f.GetProperty("columns").EnumerateArray())
            .All(c => c.GetProperty("description").GetString()!.Length > 3), Is.True);
        Assert.That(package.GetProperty("profile").GetString(), Is.EqualTo("data-package"));
        Assert.That(package.GetProperty("resources").GetArrayLength(), Is.EqualTo(files.Count));
    }

    private async Task<byte[]> BytesAsync(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string[] Lines(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n");
}
