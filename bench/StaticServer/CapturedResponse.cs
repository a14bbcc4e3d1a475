namespace Conoceles.Bench.StaticServer;

/// <summary>
/// One answer of the API, fetched once at start and replayed from memory: the same status,
/// content type and bytes, so the benchmark compares the API's work with none at all.
/// </summary>
public sealed record CapturedResponse(string Path, int Status, string? ContentType, byte[] Body) : IResult
{
    public static async Task<IReadOnlyList<CapturedResponse>> FetchAllAsync(string apiBase, string[] paths)
    {
        using var client = new HttpClient { BaseAddress = new Uri(apiBase) };
        var responses = new List<CapturedResponse>(paths.Length);
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsByteArrayAsync();
            responses.Add(new CapturedResponse(path, (int)response.StatusCode,
                response.Content.Headers.ContentType?.ToString(), body));
        }

        return responses;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = Status;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.ContentLength = Body.Length;
        await httpContext.Response.Body.WriteAsync(Body);
    }

    public override string ToString() => $"{Path} ({Status}, {ContentType}, {Body.Length:N0} bytes)";
}
