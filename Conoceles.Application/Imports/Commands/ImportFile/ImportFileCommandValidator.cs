namespace Conoceles.Application.Imports.Commands.ImportFile;

using FluentValidation;

public sealed class ImportFileCommandValidator : AbstractValidator<ImportFileCommand>
{
    public ImportFileCommandValidator(IDatasetReader reader)
    {
        RuleFor(c => c.File).Must(File.Exists).WithMessage(c => $"file not found: {c.File}");
        RuleFor(c => c.Layout)
            .Must(l => reader.Layouts.Contains(l))
            .WithMessage($"layout must be one of: {string.Join(", ", reader.Layouts)}.");
        RuleFor(c => c.ProcessKey).Matches("^[a-z0-9-]{2,40}$")
            .WithMessage("process must be a lower-case key such as cdmx-2024.");
        RuleFor(c => c.State).Matches("^[0-9]{2}$").When(c => c.State is not null)
            .WithMessage("state must be an INEGI two-digit code.");
    }
}
