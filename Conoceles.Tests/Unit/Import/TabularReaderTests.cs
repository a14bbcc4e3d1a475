namespace Conoceles.Tests.Unit.Import;

using System.Text;
using Conoceles.Infrastructure.Import.Tabular;
using Conoceles.Tests.Unit.Import.Support;

public sealed class TabularReaderTests
{
    private readonly List<string> files = [];

    [TearDown]
    public void DeleteFiles() => files.ForEach(File.Delete);

    [Test]
    public void ShouldReadSemicolonsWhenHeaderLineUsesThem()
    {
        var sheet = CsvTabularReader.Read("NOMBRE;EDAD\n\"PÉREZ; ANA\";41\n", "x");

        Assert.That(sheet.Header, Is.EqualTo(new[] { "NOMBRE", "EDAD" }));
        Assert.That(sheet.Rows.Single().Cells, Is.EqualTo(new[] { "PÉREZ; ANA", "41" }));
    }

    [Test]
    public void ShouldReadCommasWhenHeaderLineUsesThem() =>
        Assert.That(CsvTabularReader.DetectDelimiter("\"A;B\",C,D\nx;y;z;w"), Is.EqualTo(','));

    [Test]
    public void ShouldDecodeLatin1WhenAskedFor()
    {
        var path = TempFile(Encoding.Latin1.GetBytes("NOMBRE,MUNICIPIO\nNUÑEZ,Tixpéhual\n"));

        var sheet = TabularFile.Read(path, Encoding.Latin1).Sheets.Single();

        Assert.That(sheet.Rows[0].Cells, Is.EqualTo(new[] { "NUÑEZ", "Tixpéhual" }));
    }

    [Test]
    public void ShouldSkipByteOrderMarkWhenUtf8FileHasOne()
    {
        var bytes = Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes("CARGO,SEXO\nGUBERNATURA,MUJER\n"));
        var path = TempFile(bytes.ToArray());

        var sheet = TabularFile.Read(path).Sheets.Single();

        Assert.That(sheet.Columns.Find("CARGO"), Is.Zero);
        Assert.That(sheet.Rows[0].Cells[1], Is.EqualTo("MUJER"));
    }

    [TestCase("DISTRITOLOCAL")]
    [TestCase("distrito local")]
    [TestCase("Distrito Local  ")]
    public void ShouldFindColumnWhenHeaderDiffersInSpacingOrCase(string header)
    {
        var sheet = Fixtures.Sheet("x", $"CARGO,{header}\nGUBERNATURA,2-CANCUN\n");

        var row = sheet.Views().Single();

        Assert.That(row.Text("DISTRITO LOCAL"), Is.EqualTo("2-CANCUN"));
    }

    [Test]
    public void ShouldFindQuestionByNumberWhenWordingDiffers()
    {
        var csv = new Csv("NOMBRE", "16. ¿Es parte de la población joven?", "20. Entidad de nacimiento: ")
            .Row(("NOMBRE", "X"), ("16. ¿Es parte de la población joven?", "SI"),
                ("20. Entidad de nacimiento: ", "Durango"));

        var row = Fixtures.Sheet("x", csv.ToString()).Views().Single();

        Assert.That((row.Numbered(16), row.Numbered(20), row.Numbered(3)),
            Is.EqualTo(("SI", "Durango", (string?)null)));
    }

    [Test]
    public void ShouldKeepEmbeddedNewlineWhenFieldIsQuoted()
    {
        var sheet = Fixtures.Sheet("x", "PROPUESTA_1\n\"primera línea\nsegunda línea\"\n");

        Assert.That(sheet.Views().Single().Text("PROPUESTA_1"), Is.EqualTo("primera línea\nsegunda línea"));
    }

    [Test]
    public void ShouldWriteWholeNumberWhenExcelStoresFloat()
    {
        using var xlsx = XlsxFixture.Write("Hoja", ["NOMBRE", "EDAD", "PROMEDIO"], ["ANA PRUEBA", 37.0, 8.5]);

        var sheet = ExcelTabularReader.Read(xlsx).Sheets.Single();

        Assert.That(sheet.Name, Is.EqualTo("Hoja"));
        Assert.That(sheet.Rows.Single().Cells, Is.EqualTo(new[] { "ANA PRUEBA", "37", "8.5" }));
        Assert.That(sheet.Rows.Single().Number, Is.EqualTo(2));
    }

    [Test]
    public void ShouldRefuseFileWhenExtensionIsUnknown() =>
        Assert.That(() => TabularFile.Read("datos.ods"), Throws.TypeOf<NotSupportedException>());

    private string TempFile(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"conoceles-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        files.Add(path);
        return path;
    }
}
