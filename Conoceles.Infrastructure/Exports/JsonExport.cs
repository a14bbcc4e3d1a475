namespace Conoceles.Infrastructure.Exports;

using System.Text.Encodings.Web;
using System.Text.Json;
using Conoceles.Application.Exports;

/// <summary>One object per candidacy, keyed by the dictionary's column names; lists as arrays.</summary>
internal static class JsonExport
{
    // Accents stay readable: these files are data, never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public static async Task WriteAsync(
        Stream output, ExportSheet sheet, IAsyncEnumerable<ExportRecord> records, bool lines,
        CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, Options);
        if (!lines)
            json.WriteStartArray();

        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            WriteRecord(json, sheet, record);
            await json.FlushAsync(cancellationToken);
            if (!lines)
                continue;

            await output.WriteAsync(NewLine, cancellationToken);
            json.Reset();
        }

        if (!lines)
            json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteRecord(Utf8JsonWriter json, ExportSheet sheet, ExportRecord record)
    {
        json.WriteStartObject();
        foreach (var column in sheet.Columns)
        {
            json.WritePropertyName(column.Name);
            switch (column.Value(record))
            {
                case null: json.WriteNullValue(); break;
                case IEnumerable<string> list:
                    json.WriteStartArray();
                    foreach (var item in list)
                        json.WriteStringValue(item);
                    json.WriteEndArray();
                    break;
                case DateTimeOffset at: json.WriteStringValue(ExportValues.Instant(at)); break;
                case bool flag: json.WriteBooleanValue(flag); break;
                case int number: json.WriteNumberValue(number); break;
                case double number: json.WriteNumberValue(number); break;
                case var other: json.WriteStringValue(other.ToString()); break;
            }
        }

        json.WriteEndObject();
    }
}
