namespace Conoceles.Application.Imports.Commands.ImportFile;

using Mediator;

/// <summary>
/// Imports one file into an existing process, or into a new one described by the options.
/// A file that spans several processes needs a manifest.
/// </summary>
public sealed record ImportFileCommand(
    string File,
    string Layout,
    string ProcessKey,
    string? ProcessName,
    string? State,
    string? TimeZone,
    string? Publisher,
    string? Office) : ICommand<ImportReport>;
